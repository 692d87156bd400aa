package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import java.util.List;

/** The references a grade cites: the card it was graded against, with a short plain-text snippet. */
public final class CardReferences {
    private static final int SNIPPET_CHARS = 200;

    private CardReferences() {
    }

    public static List<Reference> of(Card card) {
        return List.of(new Reference(card.id(), card.title(), card.source(), snippet(card.reference())));
    }

    static String snippet(String markdown) {
        String plain = markdown.replaceAll("(?m)^\\s*(#+|[-*>]|\\d+\\.)\\s+", "")
                .replaceAll("[*`]+", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= SNIPPET_CHARS ? plain : plain.substring(0, SNIPPET_CHARS) + "…";
    }
}
