package dev.interviewer.knowledge;

import java.util.Objects;

/** One point a good answer must contain, numbered from 1 within its card. */
public record KeyPoint(int number, String text, String english, double weight) {
    public KeyPoint {
        if (number < 1) {
            throw new IllegalArgumentException("key point number must be >= 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("key point " + number + " has no text");
        }
        english = english == null ? "" : english;
        if (!(weight > 0 && weight <= 10)) {
            throw new IllegalArgumentException("key point weight must be in (0, 10]: " + weight);
        }
    }
}
