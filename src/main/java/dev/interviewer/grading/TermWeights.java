package dev.interviewer.grading;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of terms over the key points of the notes: rare terms say more than "model" or "the".
 */
final class TermWeights {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TermWeights(Collection<Set<String>> documents) {
        this.documents = documents.size();
        for (Set<String> terms : documents) {
            for (String term : terms) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
    }

    double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** The weighted share of {@code reference}'s terms that {@code candidate} contains. */
    double recall(Set<String> candidate, Set<String> reference) {
        double total = 0;
        double found = 0;
        for (String term : reference) {
            double w = weight(term);
            total += w;
            if (candidate.contains(term)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
