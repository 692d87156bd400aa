package dev.interviewer.portable;

import java.util.Objects;

/**
 * A card of the bank that was not written.
 *
 * @param reason why, in a few words that group well ("empty question", "duplicate question")
 * @param where  which card: "note 1690000000000", "line 12"
 */
public record Skipped(String reason, String where) {
    public Skipped {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
    }
}
