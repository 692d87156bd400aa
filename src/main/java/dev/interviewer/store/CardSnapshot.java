package dev.interviewer.store;

import dev.interviewer.knowledge.Card;
import java.util.Objects;

/**
 * A card as it was when a turn asked it, kept with the turn so history and reports still read well after the card
 * is edited or removed from the notes.
 *
 * @param source {@code file#heading}
 */
public record CardSnapshot(String cardId, String title, String question, String reference, String source) {
    public CardSnapshot {
        Objects.requireNonNull(cardId, "cardId");
        title = title == null ? "" : title;
        question = question == null ? "" : question;
        reference = reference == null ? "" : reference;
        source = source == null ? "" : source;
    }

    public static CardSnapshot of(Card card) {
        return new CardSnapshot(card.id(), card.title(), card.question(), card.reference(), card.source());
    }

    /** True when nothing was known about the card when the turn was saved. */
    public boolean isEmpty() {
        return title.isEmpty() && question.isEmpty() && reference.isEmpty();
    }
}
