package dev.interviewer.enrich;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.interviewer.interview.phrasing.TokenUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The review queue's entry for one card: what the model suggested (and what the check against the note threw out,
 * with why), where accepted items are written, and the text last written there (so a later write replaces it, and
 * a hand edit in between is noticed rather than overwritten).
 *
 * @param written the annotation text last written for this card, empty before the first accept
 */
public record CardSuggestions(String cardId, String file, String title, Placement placement, Instant created,
        String model, List<Suggestion> items, List<Rejected> rejected, TokenUsage usage, String written) {

    /** Where accepted annotations go: a sidecar next to the note, or into the note itself. */
    public enum Placement {
        SIDECAR, INLINE;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Placement fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** A proposed item the check threw out before review, and why. */
    public record Rejected(Suggestion.Kind kind, String text, String reason) {
    }

    public CardSuggestions {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(placement, "placement");
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
        usage = usage == null ? TokenUsage.NONE : usage;
        written = written == null ? "" : written;
    }

    public Optional<Suggestion> item(String id) {
        return items.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The items accepted so far, in the order they were suggested. */
    public List<Suggestion> accepted() {
        return items.stream().filter(Suggestion::accepted).toList();
    }

    public long count(Suggestion.Status status) {
        return items.stream().filter(s -> s.status() == status).count();
    }

    /** This entry with one item replaced and the text now written. */
    public CardSuggestions with(List<Suggestion> replaced, String newlyWritten) {
        List<Suggestion> next = new ArrayList<>(items);
        for (Suggestion s : replaced) {
            next.replaceAll(old -> old.id().equals(s.id()) ? s : old);
        }
        return new CardSuggestions(cardId, file, title, placement, created, model, next, rejected, usage,
                newlyWritten);
    }
}
