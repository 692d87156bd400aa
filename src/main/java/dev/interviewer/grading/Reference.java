package dev.interviewer.grading;

import java.util.Objects;

/** A note the grade was made against: card id, title, {@code file#heading} and a snippet. */
public record Reference(String cardId, String title, String source, String snippet) {
    public Reference {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        snippet = snippet == null ? "" : snippet;
    }
}
