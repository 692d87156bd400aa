package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.Results;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.review.Fsrs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview service on the SQLite store picks up exactly where a killed process left off. */
class SqliteResumeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final KnowledgeBase KB = Fixtures.sixCards();

    @TempDir
    Path dir;

    private Database db;
    private KeywordGrader grader;

    @AfterEach
    void close() {
        db.close();
    }

    /** A fresh process: opens the database and builds the service on it. */
    private InterviewService restart() {
        if (db != null) {
            db.close();
        }
        db = Database.open(dir.resolve("interviewer.db"));
        grader = new KeywordGrader();
        SqliteInterviewStore store = new SqliteInterviewStore(db, id -> KB.card(id).map(CardSnapshot::of));
        return InterviewService.builder(() -> KB, grader, store)
                .schedule(new SqliteReviewSchedule(db, Fsrs.withRetention(0.9))).clock(CLOCK).seeds(() -> 3L).build();
    }

    private SqliteInterviewStore store() {
        return new SqliteInterviewStore(db, id -> KB.card(id).map(CardSnapshot::of));
    }

    @Test
    void gradesAnAnswerThatWasStoredButNotGradedAndCarriesOn() {
        InterviewService first = restart();
        String id = first.start(new InterviewConfig(List.of(), 3, 0, "en", 0, InterviewMode.INTERVIEW)).id();
        first.answer(id, "first answer");
        // The process dies right after the second answer is committed, before the grader returns.
        int open = store().load(id).orElseThrow().turns().size() - 1;
        store().saveAnswer(id, open, "second answer", CLOCK.instant());

        InterviewService second = restart();
        Results.Transcript transcript = second.transcript(id);

        assertThat(transcript.turns()).extracting(Turn::answer).startsWith("first answer", "second answer");
        assertThat(transcript.turns().get(open).status()).isEqualTo(TurnStatus.GRADED);
        assertThat(transcript.state()).isEqualTo(InterviewState.ASKING);
        assertThat(transcript.currentQuestion()).isEqualTo(3);
        assertThat(grader.calls.get()).isEqualTo(1);

        Results.Answered last = second.answer(id, "third answer");
        assertThat(last.state()).isEqualTo(InterviewState.FINISHED);
        assertThat(second.report(id).questionsScored()).isEqualTo(3);
        assertThat(new SqliteReviewSchedule(db, Fsrs.withRetention(0.9)).all()).hasSize(3);
    }

    @Test
    void keepsAnsweringAfterARestartBetweenQuestions() {
        InterviewService first = restart();
        String id = first.start(new InterviewConfig(List.of(), 2, 0, "zh", 0, InterviewMode.INTERVIEW)).id();
        first.answer(id, "one");

        InterviewService second = restart();
        second.command(id, Command.SKIP);

        StoredInterview stored = store().load(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(InterviewStatus.FINISHED);
        assertThat(stored.turns()).extracting(Turn::answer).containsExactly("one", "");
        assertThat(store().list()).singleElement().satisfies(s -> assertThat(s.answered()).isEqualTo(2));
    }
}
