package dev.interviewer.interview.model;

import dev.interviewer.knowledge.Card;
import java.util.List;
import java.util.Objects;

/**
 * A card as it was when a turn asked it, kept with the turn so history and reports still read well after the card
 * is edited or removed from the notes.
 *
 * @param topic  the card's topic (its outermost heading)
 * @param source {@code file#heading}
 */
public record CardSnapshot(String cardId, String title, String question, String reference, String source,
        String topic) {

    public CardSnapshot {
        Objects.requireNonNull(cardId, "cardId");
        title = title == null ? "" : title;
        question = question == null ? "" : question;
        reference = reference == null ? "" : reference;
        source = source == null ? "" : source;
        topic = topic == null ? "" : topic;
    }

    public static CardSnapshot of(Card card) {
        return new CardSnapshot(card.id(), card.title(), card.question(), card.reference(), card.source(),
                card.topic());
    }

    /** A snapshot that knows nothing but the id, for a card the notes no longer have. */
    public static CardSnapshot unknown(String cardId) {
        return new CardSnapshot(cardId, "", "", "", "", "");
    }

    /** True when nothing was known about the card when the turn was saved. */
    public boolean isEmpty() {
        return title.isEmpty() && question.isEmpty() && reference.isEmpty();
    }

    /**
     * The card rebuilt for display (title, question, reference, source, topic). It has no key points, follow-ups
     * or pitfalls, so it is for history and reports, never for grading.
     */
    public Card toCard() {
        int hash = source.indexOf('#');
        String file = hash >= 0 ? source.substring(0, hash) : source;
        String shownTitle = title.isEmpty() ? cardId : title;
        List<String> path = topic.isEmpty() || topic.equals(shownTitle) ? List.of() : List.of(topic);
        return new Card(cardId, file, 0, path, shownTitle, question.isEmpty() ? shownTitle : question, "", reference,
                List.of(), List.of(), List.of(), 1, List.of(), List.of());
    }
}
