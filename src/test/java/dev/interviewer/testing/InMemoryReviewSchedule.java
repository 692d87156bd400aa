package dev.interviewer.testing;

import dev.interviewer.interview.model.ReviewSchedule;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple schedule kept in memory until the persistent one (FSRS) lands: a card is due when its last score was
 * below {@link #WEAK_BELOW}, weakest first, then the longest ago.
 */
public final class InMemoryReviewSchedule implements ReviewSchedule {
    public static final double WEAK_BELOW = 7.0;

    private record Outcome(String cardId, double score, Instant at) {
    }

    private final Map<String, Outcome> last = new HashMap<>();

    @Override
    public synchronized List<String> due(Instant now, int limit) {
        return last.values().stream()
                .filter(o -> o.score() < WEAK_BELOW && !o.at().isAfter(now))
                .sorted(Comparator.comparingDouble(Outcome::score).thenComparing(Outcome::at))
                .limit(Math.max(0, limit))
                .map(Outcome::cardId)
                .toList();
    }

    @Override
    public synchronized List<String> weak(Instant now) {
        return due(Instant.MAX, Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<String> dueNow(Instant now) {
        return due(now, Integer.MAX_VALUE);
    }

    @Override
    public synchronized void record(String cardId, double score, Instant at) {
        last.put(cardId, new Outcome(cardId, score, at));
    }
}
