package dev.interviewer.grading;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one answer's independent model calls side by side: the calling thread and helper threads take the next
 * text from the same list, so the caller never waits for a helper to start. On a quiet machine the clauses of an
 * answer are embedded about twice as fast on two cores; when every core is busy grading other answers the helpers
 * start late, find nothing left, and the caller has done the work alone, as before.
 */
final class SideBySide {
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, r -> {
        Thread thread = new Thread(r, "answer-embedding");
        thread.setDaemon(true);
        return thread;
    });

    private SideBySide() {
    }

    /** {@code call} applied to every text, in order; the first failure is rethrown. */
    static List<float[]> map(List<String> texts, Function<String, float[]> call) {
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(texts.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                try {
                    out[i] = call.apply(texts.get(i));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(HELPERS, texts.size() - 1); h++) {
            try {
                POOL.execute(worker);
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        worker.run();
        awaitHelpers(done);
        if (failure.get() != null) {
            throw failure.get();
        }
        return List.of(out);
    }

    // The caller found the list empty: at most one call per helper is still running.
    private static void awaitHelpers(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
