package dev.interviewer.interview;

import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/** Reads the practice history from the store and the review schedule; knows nothing of HTTP. */
public final class HistoryService {
    private final InterviewStore store;
    private final Function<Instant, ReviewSummary> reviews;
    private final Clock clock;

    /**
     * @param reviews the review summary at a given time, e.g. {@code SqliteReviewSchedule::summary}
     */
    public HistoryService(InterviewStore store, Function<Instant, ReviewSummary> reviews, Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.clock = clock;
    }

    public History history() {
        return new History(store.list(), reviews.apply(clock.instant()));
    }
}
