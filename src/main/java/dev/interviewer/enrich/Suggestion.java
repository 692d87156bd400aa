package dev.interviewer.enrich;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One suggested annotation of a card, waiting for review or reviewed.
 *
 * @param id         stable within its card: {@code kp1}, {@code fu1}, {@code pf1}, {@code level}, {@code tag1}
 * @param text       the key point, the follow-up question, the wrong claim, the level (1-3) or the tag
 * @param english    the English gloss (key points, follow-ups, pitfalls), empty otherwise
 * @param weight     a key point's weight, 1-3; 0 for other kinds
 * @param correction why a pitfall's claim is wrong, empty for other kinds
 * @param target     the id of the key point a follow-up aims at, empty otherwise
 * @param support    the note's sentence that supports a key point or a pitfall's correction, empty otherwise
 */
public record Suggestion(String id, Kind kind, String text, String english, double weight, String correction,
        String target, String support, Status status) {

    /** What a suggestion annotates. */
    public enum Kind {
        KEY_POINT, FOLLOW_UP, PITFALL, LEVEL, TAG;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Kind fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Where a suggestion stands in the review. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Status fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("suggestion " + id + " has no text");
        }
        english = english == null ? "" : english;
        correction = correction == null ? "" : correction;
        target = target == null ? "" : target;
        support = support == null ? "" : support;
        Objects.requireNonNull(status, "status");
    }

    public Suggestion withStatus(Status value) {
        return new Suggestion(id, kind, text, english, weight, correction, target, support, value);
    }

    /** The same suggestion with the reviewer's wording, accepted. */
    public Suggestion edited(String newText, String newEnglish, double newWeight, String newCorrection) {
        return new Suggestion(id, kind, newText, newEnglish, newWeight, newCorrection, target, support,
                Status.ACCEPTED);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}
