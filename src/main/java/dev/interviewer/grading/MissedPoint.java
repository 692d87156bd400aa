package dev.interviewer.grading;

import java.util.Objects;

/** A key point the answer does not cover. */
public record MissedPoint(int number, String text, double weight) {
    public MissedPoint {
        Objects.requireNonNull(text, "text");
    }
}
