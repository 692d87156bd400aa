package dev.interviewer.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * One card found by a search, with its score in 0-1 and a snippet of its reference (matched terms in
 * Markdown bold). Scores are comparable across queries: see {@link #MATCH_THRESHOLD}.
 */
public record SearchHit(String id, String title, List<String> path, String source, double score, String snippet) {
    /**
     * A top hit scoring below this matches nothing in the notes well (the query is off-topic or about something
     * the notes do not cover). Calibrated on the retrieval dev set: its off-topic queries top out at about 0.19,
     * while the right card of an on-topic query usually scores 0.3-0.9.
     */
    public static final double MATCH_THRESHOLD = 0.2;

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        path = List.copyOf(path);
        Objects.requireNonNull(source, "source");
        snippet = snippet == null ? "" : snippet;
    }

    /** Whether this hit is a real match rather than merely the least bad card. */
    public boolean isMatch() {
        return score >= MATCH_THRESHOLD;
    }
}
