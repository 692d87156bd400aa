package dev.interviewer.interview;

import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.phrasing.Pricing;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** Reads the practice history from the store and the review schedule; knows nothing of HTTP. */
public final class HistoryService {
    private final InterviewStore store;
    private final Function<Instant, ReviewSummary> reviews;
    private final Clock clock;
    private final Pricing pricing;

    /**
     * @param reviews the review summary at a given time, e.g. {@code SqliteReviewSchedule::summary}
     */
    public HistoryService(InterviewStore store, Function<Instant, ReviewSummary> reviews, Clock clock) {
        this(store, reviews, clock, Pricing.NONE);
    }

    /** A history whose interviews carry the estimated cost of their model tokens at these prices. */
    public HistoryService(InterviewStore store, Function<Instant, ReviewSummary> reviews, Clock clock,
            Pricing pricing) {
        this.store = store;
        this.reviews = reviews;
        this.clock = clock;
        this.pricing = Objects.requireNonNull(pricing, "pricing");
    }

    public History history() {
        return new History(store.list().stream().map(s -> s.withEstimatedCost(pricing.cost(s.usage()))).toList(),
                reviews.apply(clock.instant()));
    }
}
