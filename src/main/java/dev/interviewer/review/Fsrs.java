package dev.interviewer.review;

import java.util.List;

/**
 * The FSRS-5 memory model (Free Spaced Repetition Scheduler, version 5) with its published default parameters.
 *
 * <p>Formulas, as published in "The Algorithm" (open-spaced-repetition/fsrs4anki wiki, section FSRS-5) and in
 * py-fsrs's ALGORITHM.md; G is the rating 1-4 (Again, Hard, Good, Easy), t the days since the last review:
 * <ul>
 * <li>retrievability R(t, S) = (1 + FACTOR * t / S)^DECAY, DECAY = -0.5, FACTOR = 0.9^(1/DECAY) - 1 = 19/81,
 * so R(S, S) = 0.9;
 * <li>interval I(r, S) = S / FACTOR * (r^(1/DECAY) - 1), rounded, at least 1 day (I(0.9, S) = S);
 * <li>initial stability S0(G) = w[G-1]; initial difficulty D0(G) = w4 - e^(w5 * (G - 1)) + 1, clamped to [1, 10];
 * <li>next difficulty D' = w7 * D0(4) + (1 - w7) * (D + dD * (10 - D) / 9) with dD = -w6 * (G - 3) (linear damping,
 * then mean reversion toward D0(Easy)), clamped to [1, 10];
 * <li>stability after a recall (G &gt; 1) S'r = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
 * * w15 (if Hard) * w16 (if Easy));
 * <li>stability after a lapse (G = 1) S'f = min(w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)),
 * S / e^(w17 * w18));
 * <li>same-day review (t &lt; 1 day) S's = S * e^(w17 * (G - 3 + w18)).
 * </ul>
 * The stability updates use the difficulty before the review. The default weights w0..w18 are FSRS-5's:
 * 0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11,
 * 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621. Learning steps (minutes) are not modelled: an interview asks a
 * card at most once per session, so every rating schedules in whole days.
 */
public final class Fsrs {
    public static final double DECAY = -0.5;
    public static final double FACTOR = 19.0 / 81.0;
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 36_500;
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
            1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);

    private static final double MIN_STABILITY = 0.01;

    private final double[] w;
    private final double retention;

    public Fsrs(List<Double> weights, double retention) {
        if (weights.size() != DEFAULT_WEIGHTS.size()) {
            throw new IllegalArgumentException("FSRS-5 needs 19 weights, got " + weights.size());
        }
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive): " + retention);
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.retention = retention;
    }

    /** FSRS-5 with its default weights, scheduling for this desired retention. */
    public static Fsrs withRetention(double retention) {
        return new Fsrs(DEFAULT_WEIGHTS, retention);
    }

    public double retention() {
        return retention;
    }

    /** Probability of recall {@code elapsedDays} after the last review. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * Math.max(0, elapsedDays) / stability, DECAY);
    }

    /** Days until recall probability falls to the desired retention, unrounded. */
    public double exactInterval(double stability) {
        return stability / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
    }

    /** The next interval in whole days, 1 to {@value #MAX_INTERVAL_DAYS}. */
    public int intervalDays(double stability) {
        long days = Math.round(exactInterval(stability));
        return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, days));
    }

    /** The memory state after a card's first review. */
    public MemoryState first(Rating rating) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }

    /** The memory state after a review {@code elapsedDays} after the previous one. */
    public MemoryState next(MemoryState state, double elapsedDays, Rating rating) {
        double s = state.stability();
        double d = state.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(s, rating);
        } else if (rating == Rating.AGAIN) {
            stability = forgetStability(d, s, retrievability(elapsedDays, s));
        } else {
            stability = recallStability(d, s, retrievability(elapsedDays, s), rating);
        }
        return new MemoryState(Math.max(MIN_STABILITY, stability), nextDifficulty(d, rating));
    }

    double initialStability(Rating rating) {
        return Math.max(MIN_STABILITY, w[rating.grade() - 1]);
    }

    double initialDifficulty(Rating rating) {
        return clampDifficulty(w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1);
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    double shortTermStability(double s, Rating rating) {
        return s * Math.exp(w[17] * (rating.grade() - 3 + w[18]));
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
