package dev.interviewer.grading;

import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.util.List;
import java.util.Set;

/**
 * A card's key points and pitfalls with their embeddings and terms, computed once per card version, and the terms
 * of what its question is about (its title without question words).
 */
record CardProfile(String fingerprint, List<PointProfile> keyPoints, List<PitfallProfile> pitfalls,
        Set<String> subject) {
    CardProfile {
        keyPoints = List.copyOf(keyPoints);
        pitfalls = List.copyOf(pitfalls);
        subject = Set.copyOf(subject);
    }

    /**
     * A key point in Chinese (as written) and in its English gloss, when the notes give one.
     *
     * @param informative the terms of the point (both languages) that the question does not already contain:
     *                    repeating the question's words shows nothing
     * @param names       the numbered names (k1, FP16, ZeRO-3) the point is about
     * @param parts       the clauses of a long point ("reduces dimensions, fewer parameters, less overfitting"),
     *                    each profiled on its own, so an answer stating some of them earns part of the point;
     *                    empty for short points
     */
    record PointProfile(KeyPoint point, float[] vector, TextFeatures features, float[] english,
            TextFeatures englishFeatures, Set<String> informative, Set<String> informativeEnglish,
            Set<String> names, List<PointProfile> parts) {
        PointProfile {
            informative = Set.copyOf(informative);
            informativeEnglish = Set.copyOf(informativeEnglish);
            names = Set.copyOf(names);
            parts = List.copyOf(parts);
        }
    }

    /**
     * A pitfall's claim (and its English form) and its correction.
     *
     * @param distinctive the claim's terms (both languages) found in no key point and not in the question: what
     *                    makes the claim wrong rather than on topic
     * @param content     the distinctive terms that are neither grammar ("is there to") nor the names the claim is
     *                    about: a clause asserting the claim shares at least one of them
     * @param contradicts the key points its correction restates: asserting the claim forfeits their credit
     */
    record PitfallProfile(Pitfall pitfall, float[] vector, TextFeatures features, float[] english,
            TextFeatures englishFeatures, float[] correction, Set<String> distinctive,
            Set<String> distinctiveEnglish, Set<String> content, Set<String> contentEnglish,
            Set<Integer> contradicts) {
        PitfallProfile {
            distinctive = Set.copyOf(distinctive);
            distinctiveEnglish = Set.copyOf(distinctiveEnglish);
            content = Set.copyOf(content);
            contentEnglish = Set.copyOf(contentEnglish);
            contradicts = Set.copyOf(contradicts);
        }
    }
}
