package dev.interviewer.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A card's review state: its FSRS memory, how often it was reviewed and lapsed, the last outcome and when it is due.
 *
 * @param lastScore the 0-10 score of the last review, the one {@code lastRating} was mapped from
 */
public record CardReview(
        String cardId,
        MemoryState memory,
        int reps,
        int lapses,
        Rating lastRating,
        double lastScore,
        Instant lastReview,
        Instant due) {

    private static final double SECONDS_PER_DAY = 86_400;

    public CardReview {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(memory, "memory");
        if (reps < 1 || lapses < 0 || lapses >= reps) {
            throw new IllegalArgumentException("card " + cardId + ": bad counts, reps " + reps + ", lapses " + lapses);
        }
        Objects.requireNonNull(lastRating, "lastRating");
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
    }

    /** The state after a card's first graded answer. */
    public static CardReview first(String cardId, double score, Instant at, Fsrs fsrs) {
        Rating rating = Rating.fromScore(score);
        MemoryState memory = fsrs.first(rating);
        return new CardReview(cardId, memory, 1, 0, rating, score, at, dueAfter(at, memory, fsrs));
    }

    /** The state after another graded answer; a rating of Again after earlier reviews counts as a lapse. */
    public CardReview reviewed(double score, Instant at, Fsrs fsrs) {
        Rating rating = Rating.fromScore(score);
        MemoryState next = fsrs.next(memory, elapsedDays(at), rating);
        int moreLapses = rating == Rating.AGAIN ? lapses + 1 : lapses;
        return new CardReview(cardId, next, reps + 1, moreLapses, rating, score, at, dueAfter(at, next, fsrs));
    }

    /** Days since the last review, fractional, never negative. */
    public double elapsedDays(Instant now) {
        return Math.max(0, Duration.between(lastReview, now).getSeconds() / SECONDS_PER_DAY);
    }

    public double retrievability(Instant now, Fsrs fsrs) {
        return fsrs.retrievability(elapsedDays(now), memory.stability());
    }

    public boolean dueAt(Instant now) {
        return !due.isAfter(now);
    }

    /** The last answer was weak: rated Again or Hard. */
    public boolean weak() {
        return lastRating == Rating.AGAIN || lastRating == Rating.HARD;
    }

    private static Instant dueAfter(Instant at, MemoryState memory, Fsrs fsrs) {
        return at.plus(Duration.ofDays(fsrs.intervalDays(memory.stability())));
    }
}
