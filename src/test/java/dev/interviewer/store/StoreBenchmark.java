package dev.interviewer.store;

import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.testing.Grades;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the store under concurrent interviews, for choosing how connections are shared (not a test). Run after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.interviewer.store.StoreBenchmark}.
 */
public final class StoreBenchmark {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ANSWER = "KV cache 缓存每一层已生成 token 的 K 和 V，避免重复计算，显存随序列长度线性增长。".repeat(4);

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int interviews = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        for (int round = 0; round < 2; round++) {
            run("pool 4 + write lock", 4, true, writers, interviews);
            run("pool 4, SQLite locking", 4, false, writers, interviews);
            run("one connection", 1, true, writers, interviews);
        }
    }

    private static void run(String name, int pool, boolean lock, int writers, int interviews) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        try (Database db = Database.open(dir.resolve("b.db"), Migrations.bundled(), pool, lock)) {
            SqliteInterviewStore store = new SqliteInterviewStore(db, id -> Optional.empty());
            long[] answerNanos = new long[writers * interviews * 5];
            AtomicLong reads = new AtomicLong();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(writers + 2);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < interviews; i++) {
                        interview(store, "w" + writer + "-" + i, answerNanos, (writer * interviews + i) * 5);
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                threads.submit(() -> {
                    while (writing.get()) {
                        // A browser polling history and a transcript, every 10 ms: far more than people do.
                        store.list().stream().limit(5).forEach(s -> store.load(s.id()));
                        reads.incrementAndGet();
                        pause();
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            writing.set(false);
            threads.shutdown();
            Arrays.sort(answerNanos);
            int writes = writers * interviews * 12;
            System.out.printf("%-24s %5.0f writes/s, saveAnswer p50 %.2f ms p99 %.2f ms, %d history reads%n", name,
                    writes / seconds, answerNanos[answerNanos.length / 2] / 1e6,
                    answerNanos[(int) (answerNanos.length * 0.99)] / 1e6, reads.get());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One interview of five questions: 12 writes, five of them answers. */
    private static void interview(SqliteInterviewStore store, String id, long[] answerNanos, int slot) {
        store.create(StoredInterview.started(id, InterviewConfig.defaults(), 1, List.of("a", "b", "c", "d", "e"), T0,
                Turn.asked(0, 1, "a", TurnKind.QUESTION, List.of(), Prompt.offline("Q1"), T0)));
        for (int t = 0; t < 5; t++) {
            long s0 = System.nanoTime();
            store.saveAnswer(id, t, ANSWER, T0);
            answerNanos[slot + t] = System.nanoTime() - s0;
            Grade grade = Grades.partial().card("a", true).build();
            Turn next = t < 4 ? Turn.asked(t + 1, t + 2, "b", TurnKind.QUESTION, List.of(), Prompt.offline("Q"), T0)
                    : null;
            store.saveResult(id, t, new TurnResult(TurnStatus.GRADED, grade, TokenUsage.NONE, T0), next);
        }
        store.finish(id, new Finish(InterviewStatus.FINISHED, "bye", 6, T0));
    }
}
