package dev.interviewer.knowledge;

import java.util.Objects;

/** A curated follow-up question, optionally aimed at one key point (0 = none). */
public record FollowUp(String question, String english, int targetKeyPoint) {
    public FollowUp {
        Objects.requireNonNull(question, "question");
        english = english == null ? "" : english;
        if (targetKeyPoint < 0) {
            throw new IllegalArgumentException("target key point must be >= 0: " + targetKeyPoint);
        }
    }
}
