package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interviewer.interview.ReviewSummary;
import dev.interviewer.review.CardReview;
import dev.interviewer.review.Fsrs;
import dev.interviewer.review.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReviewScheduleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Fsrs FSRS = Fsrs.withRetention(0.9);

    @TempDir
    Path dir;

    private Database db;
    private SqliteReviewSchedule schedule;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("interviewer.db"));
        schedule = new SqliteReviewSchedule(db, FSRS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant day(double days) {
        return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Test
    void aGoodFirstAnswerComesBackAfterThreeDays() {
        schedule.record("good", 8.0, T0);

        CardReview review = schedule.card("good").orElseThrow();
        assertThat(review.memory().stability()).isEqualTo(3.173);
        assertThat(review.due()).isEqualTo(day(3));
        assertThat(schedule.due(day(2.9), 10)).isEmpty();
        assertThat(schedule.due(day(3), 10)).containsExactly("good");
    }

    @Test
    void servesDueCardsLeastRecalledFirstThenWeakCardsNotYetDue() {
        schedule.record("easy", 9.5, T0);                 // S 15.69, due day 16
        schedule.record("good", 8.0, T0);                 // S 3.173, due day 3
        schedule.record("hard", 6.0, day(9));             // S 1.18, due day 10: weak, not due on day 9.5
        schedule.record("again", 1.0, day(9.4));          // S 0.40, due day 10.4: weak, lower score
        schedule.record("good-later", 7.5, day(8));       // S 3.173, due day 11

        // On day 9.5 only "good" is due; then the weak ones, lowest score first; "easy" and "good-later" wait.
        assertThat(schedule.due(day(9.5), 10)).containsExactly("good", "again", "hard");
        assertThat(schedule.due(day(9.5), 2)).containsExactly("good", "again");
        // On day 17 everything is due, least likely to be recalled first: R = (1 + 19/81 t/S)^-0.5 falls as t/S
        // grows: again 7.6/0.40255 = 18.9, hard 8/1.18385 = 6.8, good 17/3.173 = 5.4, good-later 9/3.173 = 2.8,
        // easy 17/15.69105 = 1.1.
        assertThat(schedule.due(day(17), 10)).containsExactly("again", "hard", "good", "good-later", "easy");
    }

    @Test
    void listsTheWeakCardsLowestScoreFirstAndTheDueCardsSeparately() {
        schedule.record("easy", 9.5, T0);
        schedule.record("good", 8.0, T0);
        schedule.record("hard", 6.0, day(9));
        schedule.record("again", 1.0, day(9.4));
        schedule.record("was-weak", 2.0, T0);
        schedule.record("was-weak", 9.0, day(1));

        // Weak is the last answer's rating, due or not; a card answered well since is no longer weak.
        assertThat(schedule.weak(day(9.5))).containsExactly("again", "hard");
        // "was-weak" lapsed at once, so its second review came with a short interval: it is due again by day 9.5.
        assertThat(schedule.dueNow(day(9.5))).containsExactly("good", "was-weak");
        assertThat(schedule.dueNow(day(17))).hasSize(5).startsWith("again", "hard");
        assertThat(schedule.dueNow(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void updatesTheMemoryStateOnEveryReviewAndCountsLapses() {
        schedule.record("c", 8.0, T0);
        schedule.record("c", 8.0, day(3));
        schedule.record("c", 2.0, day(14));

        CardReview review = schedule.card("c").orElseThrow();
        assertThat(review.reps()).isEqualTo(3);
        assertThat(review.lapses()).isEqualTo(1);
        assertThat(review.lastRating()).isEqualTo(Rating.AGAIN);
        // Same sequence as FsrsTest: Good day 0, Good day 3, Again day 14 -> S 2.185775, D 6.790568.
        assertThat(review.memory().stability()).isCloseTo(2.185775, within(1e-6));
        assertThat(review.memory().difficulty()).isCloseTo(6.790568, within(1e-6));
    }

    @Test
    void ignoresAReviewThatWasAlreadyRecorded() {
        schedule.record("c", 8.0, T0);
        schedule.record("c", 8.0, T0);

        assertThat(schedule.card("c").orElseThrow().reps()).isEqualTo(1);
    }

    @Test
    void summarisesTrackedDueAndWeakCards() {
        assertThat(schedule.summary(T0)).isEqualTo(new ReviewSummary(0, 0, 0, null));
        schedule.record("good", 8.0, T0);
        schedule.record("weak", 3.0, T0);

        ReviewSummary summary = schedule.summary(day(1));
        assertThat(summary).isEqualTo(new ReviewSummary(2, 1, 1, day(1)));
    }

    @Test
    void keepsReviewStateAcrossARestart() {
        schedule.record("c", 6.0, T0);
        db.close();
        db = Database.open(dir.resolve("interviewer.db"));

        assertThat(new SqliteReviewSchedule(db, FSRS).card("c")).map(CardReview::lastScore).contains(6.0);
    }
}
