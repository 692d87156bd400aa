package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a turn stands. ANSWERED is "answer stored, not graded yet": the answer is saved before grading starts,
 * so a crash or a failed grading call never loses it, and a resumed interview grades it first.
 */
public enum TurnStatus {
    ASKED, ANSWERED, GRADED, SKIPPED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True once the turn has its outcome (graded or skipped). */
    public boolean closed() {
        return this == GRADED || this == SKIPPED;
    }
}
