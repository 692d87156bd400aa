package dev.interviewer.knowledge;

import java.util.Objects;

/**
 * One point a good answer must contain, numbered from 1 within its card.
 *
 * @param central whether the point is one of the claims the card is about, rather than a detail of it; search indexes
 *                only central points (a detail would make the card come up for questions about the detail), grading
 *                uses all. Annotated points are all central; of points derived from prose, the most informative are.
 */
public record KeyPoint(int number, String text, String english, double weight, boolean central) {
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

    /** A central point. */
    public KeyPoint(int number, String text, String english, double weight) {
        this(number, text, english, weight, true);
    }
}
