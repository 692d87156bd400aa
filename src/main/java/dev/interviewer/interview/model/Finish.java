package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.Objects;

/** How an interview ended: finished or ended early, the closing words and the overall score. */
public record Finish(InterviewStatus status, String closing, double score, Instant at) {
    public Finish {
        if (status == null || !status.over()) {
            throw new IllegalArgumentException("an interview finishes as finished or ended, not " + status);
        }
        closing = closing == null ? "" : closing;
        if (!(score >= 0 && score <= 10)) {
            throw new IllegalArgumentException("score must be 0-10: " + score);
        }
        Objects.requireNonNull(at, "at");
    }
}
