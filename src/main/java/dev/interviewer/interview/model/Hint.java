package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.Objects;

/** A nudge toward one missed key point; that point earns half credit from then on. */
public record Hint(int keyPoint, String text, Instant at) {
    public Hint {
        if (keyPoint < 1) {
            throw new IllegalArgumentException("hinted key point must be >= 1: " + keyPoint);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
