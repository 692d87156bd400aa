package dev.interviewer.grading;

import java.util.Objects;

/** A known wrong claim that the answer asserts, with the sentence that asserts it. */
public record PitfallHit(String claim, String correction, String evidence) {
    public PitfallHit {
        Objects.requireNonNull(claim, "claim");
        correction = correction == null ? "" : correction;
        evidence = evidence == null ? "" : evidence;
    }
}
