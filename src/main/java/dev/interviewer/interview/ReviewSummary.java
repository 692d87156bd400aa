package dev.interviewer.interview;

import java.time.Instant;

/**
 * Where spaced repetition stands: cards with a review state, how many are due now, how many were last answered
 * weakly (rated Again or Hard), and when the next card falls due ({@code null} when none is tracked).
 */
public record ReviewSummary(int tracked, int due, int weak, Instant nextDue) {
    public ReviewSummary {
        if (tracked < 0 || due < 0 || weak < 0 || due > tracked || weak > tracked) {
            throw new IllegalArgumentException("bad review counts: " + tracked + " tracked, " + due + " due, "
                    + weak + " weak");
        }
    }
}
