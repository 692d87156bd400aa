package dev.interviewer.interview.target;

import java.util.Objects;

/** A card of the notes that matches a requirement, with the search score (0-1). */
public record MatchedCard(String id, String title, double score) {
    public MatchedCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
