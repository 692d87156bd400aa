package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.model.UnknownInterviewException;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.Pace;
import dev.interviewer.testing.Grades;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every {@link InterviewStore} follows; a persistent store's test extends this class. */
public abstract class InterviewStoreContract {
    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    protected InterviewStore store;

    protected abstract InterviewStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    protected static Turn question(int index, int number, String cardId) {
        return Turn.asked(index, number, cardId, TurnKind.QUESTION, List.of(), Prompt.offline("Q" + number),
                T0.plusSeconds(index));
    }

    protected static TurnResult graded(double score) {
        Grade grade = Grades.partial().score(score).build();
        return new TurnResult(TurnStatus.GRADED, grade, new TokenUsage(5, 7), T0.plusSeconds(30));
    }

    protected String started(String id) {
        store.create(StoredInterview.started(id, InterviewConfig.defaults(), 42, List.of("c1", "c2"), T0,
                question(0, 1, "c1")));
        return id;
    }

    @Test
    void keepsAnAnswerThatWasNeverGraded() {
        String id = started("a");
        store.saveAnswer(id, 0, "my answer", T0.plusSeconds(10));

        Turn turn = store.load(id).orElseThrow().turns().get(0);
        assertThat(turn.status()).isEqualTo(TurnStatus.ANSWERED);
        assertThat(turn.answer()).isEqualTo("my answer");
        assertThat(turn.grade()).isNull();
    }

    @Test
    void savesAGradeTogetherWithTheNextTurn() {
        String id = started("a");
        store.saveAnswer(id, 0, "answer", T0.plusSeconds(10));
        store.saveResult(id, 0, graded(6), Turn.asked(1, 1, "c1", TurnKind.FOLLOW_UP, List.of(2),
                Prompt.offline("why?").asPending(), T0.plusSeconds(31)));

        StoredInterview loaded = store.load(id).orElseThrow();
        assertThat(loaded.turns()).extracting(Turn::status).containsExactly(TurnStatus.GRADED, TurnStatus.ASKED);
        assertThat(loaded.turns().get(0).grade().score()).isEqualTo(6.0);
        assertThat(loaded.turns().get(0).gradingUsage()).isEqualTo(new TokenUsage(5, 7));
        assertThat(loaded.turns().get(1).targets()).containsExactly(2);
        assertThat(loaded.turns().get(1).prompt().pending()).isTrue();
    }

    @Test
    void replacesAPromptOnceItIsPhrased() {
        String id = started("a");
        Prompt phrased = Prompt.llm("Tell me about Q1", new TokenUsage(100, 20));
        store.savePrompt(id, 0, phrased);

        assertThat(store.load(id).orElseThrow().turns().get(0).prompt()).isEqualTo(phrased);
    }

    @Test
    void keepsHintsOnTheirTurn() {
        String id = started("a");
        store.saveHint(id, 0, new Hint(2, "think about scale", T0.plusSeconds(5)));

        assertThat(store.load(id).orElseThrow().turns().get(0).hinted(2)).isTrue();
    }

    @Test
    void refusesToGradeATurnThatWasNotAnswered() {
        String id = started("a");
        assertThatThrownBy(() -> store.saveResult(id, 0, graded(5), null)).isInstanceOf(IllegalStateException.class);
        assertThat(store.load(id).orElseThrow().turns().get(0).status()).isEqualTo(TurnStatus.ASKED);
    }

    @Test
    void refusesATurnWhileTheLastOneIsOpen() {
        String id = started("a");
        assertThatThrownBy(() -> store.appendTurn(id, question(1, 2, "c2")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.load(id).orElseThrow().turns()).hasSize(1);
    }

    @Test
    void refusesWritesToAFinishedInterview() {
        String id = started("a");
        store.finish(id, new Finish(InterviewStatus.ENDED, "bye", 0, T0.plusSeconds(60)));

        assertThatThrownBy(() -> store.saveAnswer(id, 0, "late", T0.plusSeconds(61)))
                .isInstanceOf(IllegalStateException.class);
        StoredInterview loaded = store.load(id).orElseThrow();
        assertThat(loaded.status()).isEqualTo(InterviewStatus.ENDED);
        assertThat(loaded.closing()).isEqualTo("bye");
        assertThat(loaded.turns().get(0).answer()).isEmpty();
    }

    @Test
    void reportsUnknownInterviews() {
        assertThat(store.load("nope")).isEmpty();
        assertThatThrownBy(() -> store.saveAnswer("nope", 0, "x", T0)).isInstanceOf(UnknownInterviewException.class);
    }

    @Test
    void listsInterviewsNewestFirstWithTheirScores() {
        store.create(StoredInterview.started("old", InterviewConfig.defaults(), 1, List.of("c1"), T0,
                question(0, 1, "c1")));
        store.create(StoredInterview.started("new", InterviewConfig.defaults(), 1, List.of("c1"),
                T0.plusSeconds(100), question(0, 1, "c1")));
        store.saveAnswer("old", 0, "a", T0.plusSeconds(1));
        store.saveResult("old", 0, graded(7.5), null);
        store.finish("old", new Finish(InterviewStatus.FINISHED, "bye", 7.5, T0.plusSeconds(2)));

        assertThat(store.list()).extracting(InterviewSummary::id).containsExactly("new", "old");
        assertThat(store.list().get(1).score()).isEqualTo(7.5);
        assertThat(store.list().get(1).answered()).isEqualTo(1);
        assertThat(store.list().get(0).score()).isNull();
    }

    @Test
    void keepsEveryAnswerUnderConcurrentWriters() throws Exception {
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "i" + i;
                futures.add(pool.submit(() -> {
                    started(id);
                    store.saveAnswer(id, 0, "answer of " + id, T0.plusSeconds(1));
                    store.saveResult(id, 0, graded(5), question(1, 2, "c2"));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < n; i++) {
            StoredInterview loaded = store.load("i" + i).orElseThrow();
            assertThat(loaded.turns()).hasSize(2);
            assertThat(loaded.turns().get(0).answer()).isEqualTo("answer of i" + i);
        }
    }

    @Test
    void keepsTheDeliveryOfASpokenAnswerThroughGrading() {
        String id = started("spoken");
        Delivery delivery = new Delivery(12.5, Delivery.CHARACTERS, 50, 240, Pace.STEADY, 2, 9.6,
                java.util.Map.of("嗯", 2), 1, 2.4);
        store.saveAnswer(id, 0, "嗯，KV cache 缓存 K 和 V", delivery, T0.plusSeconds(10));
        store.saveResult(id, 0, graded(6), question(1, 2, "c2"));

        List<Turn> turns = store.load(id).orElseThrow().turns();
        assertThat(turns.get(0).delivery()).isEqualTo(delivery);
        assertThat(turns.get(1).delivery()).isNull();
    }

    @Test
    void deletesAnInterviewWithItsTurnsAndNothingElse() {
        started("gone");
        started("kept");
        store.saveAnswer("gone", 0, "answer", T0.plusSeconds(1));

        assertThat(store.delete("gone")).isTrue();

        assertThat(store.load("gone")).isEmpty();
        assertThat(store.list()).extracting(InterviewSummary::id).containsExactly("kept");
        assertThat(store.delete("gone")).isFalse();
    }
}
