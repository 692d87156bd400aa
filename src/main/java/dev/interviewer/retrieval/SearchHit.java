package dev.interviewer.retrieval;

import java.util.List;
import java.util.Objects;

/** One card found by a search, with its score and a highlighted snippet. */
public record SearchHit(String id, String title, List<String> path, String source, double score, String snippet) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        path = List.copyOf(path);
        Objects.requireNonNull(source, "source");
        snippet = snippet == null ? "" : snippet;
    }
}
