package dev.interviewer.grading;

import java.util.Set;

/** Whether the grader's band agrees with the band an expert labelled an answer with (docs/grading.md). */
final class BandAgreement {
    private BandAgreement() {
    }

    static boolean agrees(String label, Band band) {
        return switch (label.replace("-", "")) {
            case "strong" -> band == Band.STRONG;
            case "partial" -> band == Band.PARTIAL;
            case "weak" -> band == Band.WEAK || band == Band.WRONG;
            case "offtopic" -> band == Band.OFF_TOPIC;
            // Injection, stuffing, a copied question: any band that gives no credit for it.
            case "adversarial" -> Set.of(Band.WEAK, Band.WRONG, Band.EMPTY, Band.OFF_TOPIC).contains(band);
            default -> false;
        };
    }
}
