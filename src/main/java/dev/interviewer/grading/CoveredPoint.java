package dev.interviewer.grading;

import java.util.Objects;

/** A key point the answer covers, with the answer sentence that covers it and the credit earned (0-1]. */
public record CoveredPoint(int number, String text, double weight, String evidence, double credit) {
    public CoveredPoint {
        Objects.requireNonNull(text, "text");
        evidence = evidence == null ? "" : evidence;
        if (!(credit > 0 && credit <= 1)) {
            throw new IllegalArgumentException("credit must be in (0, 1]: " + credit);
        }
    }
}
