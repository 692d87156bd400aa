package dev.interviewer.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies of the cards' terms, for weighting query terms by how rare they are. */
record TermStats(int cards, Map<String, Integer> documentFrequency) {
    static TermStats of(Collection<IndexedCard> entries) {
        Map<String, Integer> df = new HashMap<>();
        for (IndexedCard entry : entries) {
            entry.terms().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        return new TermStats(entries.size(), Map.copyOf(df));
    }

    /**
     * Inverse document frequency: close to 0 for a term nearly every card has (function words, the English
     * question template), highest for a term no card has.
     */
    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((cards + 1.0) / (df + 0.5));
    }
}
