package dev.interviewer.retrieval;

import java.util.Objects;

/** A search over the cards: free text, how many hits, and an optional topic or tag filter (empty = all). */
public record SearchQuery(String text, int top, String topic) {
    public static final int MAX_TOP = 50;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be 1-" + MAX_TOP + ": " + top);
        }
        topic = topic == null ? "" : topic;
    }

    public static SearchQuery of(String text, int top) {
        return new SearchQuery(text, top, "");
    }
}
