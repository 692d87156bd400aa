package dev.interviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Checks FSRS-5 against values worked out by hand (a calculator and the published formulas, weights
 * w0..w18 = 0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395,
 * 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621), each derivation written next to its assertion.
 */
class FsrsTest {
    private static final Offset<Double> CLOSE = within(1e-6);
    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    private final Fsrs fsrs = Fsrs.withRetention(0.9);

    @Test
    void initialStabilityIsTheWeightOfTheFirstRating() {
        // S0(G) = w[G-1]
        assertThat(fsrs.first(Rating.AGAIN).stability()).isEqualTo(0.40255);
        assertThat(fsrs.first(Rating.HARD).stability()).isEqualTo(1.18385);
        assertThat(fsrs.first(Rating.GOOD).stability()).isEqualTo(3.173);
        assertThat(fsrs.first(Rating.EASY).stability()).isEqualTo(15.69105);
    }

    @Test
    void initialDifficultyFallsWithABetterFirstRating() {
        // D0(G) = w4 - e^(w5 (G-1)) + 1 = 8.1949 - e^(0.5345 (G-1))
        assertThat(fsrs.first(Rating.AGAIN).difficulty()).isCloseTo(7.1949, CLOSE); // 8.1949 - e^0 = 7.1949
        assertThat(fsrs.first(Rating.HARD).difficulty()).isCloseTo(6.488305, CLOSE); // 8.1949 - 1.706595
        assertThat(fsrs.first(Rating.GOOD).difficulty()).isCloseTo(5.282434, CLOSE); // 8.1949 - e^1.069 = 2.912466
        assertThat(fsrs.first(Rating.EASY).difficulty()).isCloseTo(3.224502, CLOSE); // 8.1949 - e^1.6035 = 4.970398
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        // R(t, S) = (1 + 19/81 t / S)^-0.5
        assertThat(fsrs.retrievability(0, 3.173)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(3.173, 3.173)).isCloseTo(0.9, CLOSE); // (100/81)^-0.5 = 9/10
        assertThat(fsrs.retrievability(90, 10)).isCloseTo(0.566947, CLOSE); // (1 + 171/81)^-0.5 = 9/sqrt(252)
        assertThat(fsrs.retrievability(10, 3.173)).isCloseTo(0.758259, CLOSE); // 1.739262^-0.5
    }

    @Test
    void intervalForNinetyPercentRetentionIsTheStability() {
        // I(0.9, S) = S / (19/81) * (0.9^-2 - 1) = S * 81/19 * 19/81 = S, rounded, at least one day
        assertThat(fsrs.exactInterval(3.173)).isCloseTo(3.173, CLOSE);
        assertThat(fsrs.intervalDays(3.173)).isEqualTo(3);
        assertThat(fsrs.intervalDays(15.69105)).isEqualTo(16);
        assertThat(fsrs.intervalDays(0.40255)).isEqualTo(1);
        assertThat(fsrs.intervalDays(1e9)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void lowerDesiredRetentionSchedulesFurtherOut() {
        // I(0.8, S) = S * 81/19 * (1/0.64 - 1) = S * 81/19 * 0.5625 = 2.398026 S
        Fsrs relaxed = Fsrs.withRetention(0.8);
        assertThat(relaxed.exactInterval(10)).isCloseTo(23.980263, CLOSE);
        assertThat(relaxed.intervalDays(3.173)).isEqualTo(8); // 7.608937
        assertThat(relaxed.retention()).isEqualTo(0.8);
    }

    @Test
    void hardAndEasyScaleTheStabilityGainAndMoveTheDifficulty() {
        MemoryState good = fsrs.first(Rating.GOOD);
        // Reviewed when R = 0.9 exactly (t = S): e^(w10 * 0.1) - 1 = 0.107300
        // S'r = S (1 + e^w8 (11 - D) S^-w9 (e^(0.101925) - 1) * w15|w16)
        MemoryState hard = fsrs.next(good, 3.173, Rating.HARD);
        MemoryState easy = fsrs.next(good, 3.173, Rating.EASY);
        assertThat(hard.stability()).isCloseTo(5.015337, CLOSE);
        assertThat(easy.stability()).isCloseTo(26.966605, CLOSE);
        // D' = w7 D0(4) + (1 - w7) (D -/+ w6 (10 - D) / 9): Hard 6.034951, Easy 4.510986
        assertThat(hard.difficulty()).isCloseTo(6.034951, CLOSE);
        assertThat(easy.difficulty()).isCloseTo(4.510986, CLOSE);
    }

    @Test
    void followsAShortReviewSequenceByHand() {
        // Day 0, Good: S = 3.173, D = 5.282434, due in 3 days.
        MemoryState s1 = fsrs.first(Rating.GOOD);
        assertThat(fsrs.intervalDays(s1.stability())).isEqualTo(3);

        // Day 3, Good: R = (1 + 19/81 * 3/3.173)^-0.5 = 0.904698; e^w8 = 4.691489; 11 - D = 5.717566;
        // S^-w9 = 0.871414; e^(w10 (1 - R)) - 1 = 0.102011
        // S' = 3.173 (1 + 4.691489 * 5.717566 * 0.871414 * 0.102011) = 10.738926
        // D' = 0.0046 * 3.224502 + 0.9954 * 5.282434 = 5.272968 (Good leaves D, mean reversion pulls it down)
        MemoryState s2 = fsrs.next(s1, 3, Rating.GOOD);
        assertThat(s2.stability()).isCloseTo(10.738926, CLOSE);
        assertThat(s2.difficulty()).isCloseTo(5.272968, CLOSE);
        assertThat(fsrs.intervalDays(s2.stability())).isEqualTo(11);

        // Day 14, Again: R = (1 + 19/81 * 11/10.738926)^-0.5 = 0.897929
        // S'f = min(1.9395 * D^-0.11 * ((S + 1)^0.29605 - 1) * e^(2.2698 (1 - R)), S / e^(w17 w18) = 7.628318)
        //     = 2.185775; D' = 0.0046 * 3.224502 + 0.9954 * (D + 2.9208 (10 - D) / 9) = 6.790568
        MemoryState s3 = fsrs.next(s2, 11, Rating.AGAIN);
        assertThat(s3.stability()).isCloseTo(2.185775, CLOSE);
        assertThat(s3.difficulty()).isCloseTo(6.790568, CLOSE);
        assertThat(fsrs.intervalDays(s3.stability())).isEqualTo(2);

        // Day 15, Good: R = (1 + 19/81 / 2.185775)^-0.5 = 0.950308, S' = 4.228795, D' = 6.774164
        MemoryState s4 = fsrs.next(s3, 1, Rating.GOOD);
        assertThat(s4.stability()).isCloseTo(4.228795, CLOSE);
        assertThat(s4.difficulty()).isCloseTo(6.774164, CLOSE);
    }

    @Test
    void sameDayReviewsUseTheShortTermFormula() {
        // S's = S e^(w17 (G - 3 + w18)): Again 3.173 * e^(0.51655 * -1.3379) = 3.173 * 0.501029 = 1.589764
        MemoryState good = fsrs.first(Rating.GOOD);
        assertThat(fsrs.next(good, 0.1, Rating.AGAIN).stability()).isCloseTo(1.589764, CLOSE);
        assertThat(fsrs.next(good, 0.1, Rating.GOOD).stability()).isCloseTo(4.466858, CLOSE);
    }

    @Test
    void mapsScoresToRatingsAtTheBandCutOffs() {
        assertThat(Rating.fromScore(0)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(4.9)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromScore(5)).isEqualTo(Rating.HARD);
        assertThat(Rating.fromScore(6.9)).isEqualTo(Rating.HARD);
        assertThat(Rating.fromScore(7)).isEqualTo(Rating.GOOD);
        assertThat(Rating.fromScore(8.9)).isEqualTo(Rating.GOOD);
        assertThat(Rating.fromScore(9)).isEqualTo(Rating.EASY);
        assertThat(Rating.fromScore(10)).isEqualTo(Rating.EASY);
        assertThatThrownBy(() -> Rating.fromScore(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cardReviewCountsLapsesAndSchedulesTheDueDate() {
        CardReview first = CardReview.first("c", 8.0, T0, fsrs);
        assertThat(first.lastRating()).isEqualTo(Rating.GOOD);
        assertThat(first.due()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(first.weak()).isFalse();

        CardReview lapsed = first.reviewed(2.0, T0.plus(Duration.ofDays(3)), fsrs);
        assertThat(lapsed.reps()).isEqualTo(2);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.weak()).isTrue();
        assertThat(lapsed.memory().stability()).isLessThan(first.memory().stability());
        assertThat(lapsed.retrievability(lapsed.due(), fsrs)).isLessThan(1.0);
    }

    @Test
    void rejectsRetentionOutsideZeroToOne() {
        assertThatThrownBy(() -> Fsrs.withRetention(1.0)).hasMessageContaining("retention");
        assertThatThrownBy(() -> Fsrs.withRetention(0)).hasMessageContaining("retention");
    }
}
