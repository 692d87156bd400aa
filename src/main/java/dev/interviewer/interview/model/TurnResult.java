package dev.interviewer.interview.model;

import dev.interviewer.grading.Grade;
import dev.interviewer.interview.phrasing.TokenUsage;
import java.time.Instant;
import java.util.Objects;

/** The outcome of a turn: graded, or skipped (a zero grade). */
public record TurnResult(TurnStatus status, Grade grade, TokenUsage usage, Instant at) {
    public TurnResult {
        if (status != TurnStatus.GRADED && status != TurnStatus.SKIPPED) {
            throw new IllegalArgumentException("a turn result is graded or skipped, not " + status);
        }
        Objects.requireNonNull(grade, "grade");
        usage = usage == null ? TokenUsage.NONE : usage;
        Objects.requireNonNull(at, "at");
    }
}
