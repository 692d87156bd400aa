package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.grading.PitfallHit;
import dev.interviewer.grading.Reference;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store follows the store contract, and keeps everything across a reopen. */
class SqliteInterviewStoreTest extends InterviewStoreContract {
    private static final CardSnapshot C1 = new CardSnapshot("c1", "KV cache", "What does the KV cache store?",
            "Keys and values of past tokens.", "inference.md#KV cache", "Inference");

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @Override
    protected InterviewStore newStore() {
        return open(id -> id.equals("c1") ? Optional.of(C1) : Optional.empty());
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    private SqliteInterviewStore open(Function<String, Optional<CardSnapshot>> cards) {
        Database db = Database.open(dir.resolve("interviewer.db"));
        opened.add(db);
        return new SqliteInterviewStore(db, cards);
    }

    private static Grade richGrade() {
        return new Grade(6.5, Band.PARTIAL,
                List.of(new CoveredPoint(1, "keys and values", 2.0, "它缓存了 K 和 V", 1.0)),
                List.of(new MissedPoint(2, "memory grows with length", 1.0)),
                List.of(new PitfallHit("caches queries", "queries are not cached", "也缓存 Q")),
                "Good start.", List.of(new Reference("c1", "KV cache", "inference.md#KV cache", "Keys and values")),
                Engine.LLM, true, 1234, "c1", true);
    }

    @Test
    void keepsEveryFieldAcrossAReopen() {
        InterviewConfig config = new InterviewConfig(List.of("inference", "rlhf"), 3, 2, "en", 1, InterviewMode.DRILL);
        Turn first = Turn.asked(0, 1, "c1", TurnKind.QUESTION, List.of(), Prompt.offline("Q1"),
                T0.plusNanos(123_456_789));
        store.create(StoredInterview.started("x", config, -7L, List.of("c1", "c2", "c3"), T0, first));
        store.saveHint("x", 0, new Hint(2, "think about length", T0.plusSeconds(3)));
        store.savePrompt("x", 0, Prompt.fallback("Tell me about the KV cache", new TokenUsage(11, 22)));
        store.saveAnswer("x", 0, "它缓存了 K 和 V，也缓存 Q", T0.plusSeconds(9));
        store.saveResult("x", 0, new TurnResult(TurnStatus.GRADED, richGrade(), new TokenUsage(300, 40),
                T0.plusSeconds(12)), Turn.asked(1, 1, "c1", TurnKind.FOLLOW_UP, List.of(2), Prompt.offline("And?"),
                T0.plusSeconds(13)));
        StoredInterview before = store.load("x").orElseThrow();

        StoredInterview after = open(id -> Optional.empty()).load("x").orElseThrow();

        assertThat(after).isEqualTo(before);
        assertThat(after.config()).isEqualTo(config);
        assertThat(after.seed()).isEqualTo(-7L);
        assertThat(after.turns().get(0).askedAt()).isEqualTo(T0.plusNanos(123_456_789));
        assertThat(after.turns().get(0).grade()).isEqualTo(richGrade());
        assertThat(after.turns().get(0).prompt().usage()).isEqualTo(new TokenUsage(11, 22));
        assertThat(after.turns().get(1).targets()).containsExactly(2);
    }

    @Test
    void keepsTheCardAsAskedWhenItLeavesTheNotes() {
        started("a");
        SqliteInterviewStore reopenedWithoutCards = open(id -> Optional.empty());

        Map<String, CardSnapshot> cards = reopenedWithoutCards.cardSnapshots("a");
        assertThat(cards).containsEntry("c1", C1);
    }

    @Test
    void leavesNothingBehindWhenAResultWithABadNextTurnIsRefused() {
        String id = started("a");
        store.saveAnswer(id, 0, "answer", T0.plusSeconds(1));

        assertThatThrownBy(() -> store.saveResult(id, 0, graded(5), question(5, 2, "c2")))
                .isInstanceOf(IllegalStateException.class);

        StoredInterview loaded = store.load(id).orElseThrow();
        assertThat(loaded.turns()).hasSize(1);
        assertThat(loaded.turns().get(0).status()).isEqualTo(TurnStatus.ANSWERED);
    }

    @Test
    void refusesADuplicateId() {
        started("a");
        assertThatThrownBy(() -> started("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsEveryWriteWithManyWritersAndReadersAtOnce() throws Exception {
        int writers = 8;
        int interviewsPerWriter = 8;
        int turnsPerInterview = 3;
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> readerErrors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < interviewsPerWriter; i++) {
                        writeInterview("w" + writer + "-" + i, turnsPerInterview);
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                pool.submit(() -> {
                    while (writing.get()) {
                        try {
                            store.list().stream().limit(5).forEach(s -> store.load(s.id()).orElseThrow());
                        } catch (RuntimeException | Error e) {
                            readerErrors.add(e);
                        }
                        Thread.sleep(2);
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(readerErrors).isEmpty();
        List<InterviewSummary> all = store.list();
        assertThat(all).hasSize(writers * interviewsPerWriter);
        assertThat(all).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(InterviewStatus.FINISHED);
            assertThat(s.answered()).isEqualTo(turnsPerInterview);
        });
        StoredInterview sample = store.load("w3-7").orElseThrow();
        assertThat(sample.turns()).extracting(Turn::answer)
                .containsExactly("w3-7 answer 0", "w3-7 answer 1", "w3-7 answer 2");
    }

    private void writeInterview(String id, int turns) {
        store.create(StoredInterview.started(id, InterviewConfig.defaults(), 1, List.of("c1", "c2", "c3", "c4"), T0,
                question(0, 1, "c1")));
        for (int t = 0; t < turns; t++) {
            store.saveAnswer(id, t, id + " answer " + t, T0.plusSeconds(t));
            Turn next = t + 1 < turns ? question(t + 1, t + 2, "c" + (t + 2)) : null;
            store.saveResult(id, t, graded(5 + t), next);
        }
        store.finish(id, new Finish(InterviewStatus.FINISHED, "done", 6.5, T0.plusSeconds(99)));
    }
}
