package dev.interviewer.grading;

import dev.interviewer.retrieval.TextEmbedder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The vectors of answers' clauses, some embedded ahead of time from drafts the page sends while the candidate types,
 * so that grading the sent answer embeds only what changed since the last draft (embedding is most of a grade's
 * time). A clause embeds to the same vector whenever it is embedded, so reading ahead never changes a grade.
 * Best effort and bounded: one background thread, a short queue (drafts beyond it are left for the grade to
 * embed), and at most {@link #MAX_CLAUSES} clauses kept; a vector is handed out once, to the grade that uses it.
 */
final class ClauseVectors {
    static final int MAX_CLAUSES = 2048;
    private static final int MAX_QUEUED = 256;

    private final TextEmbedder embedder;
    // Access order: the clauses of drafts nobody sent go first when the map is full.
    private final Map<String, FutureTask<float[]>> ahead = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FutureTask<float[]>> eldest) {
            return size() > MAX_CLAUSES;
        }
    };
    private final ThreadPoolExecutor worker;

    ClauseVectors(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_QUEUED), r -> {
            Thread thread = new Thread(r, "draft-embedding");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
        worker.allowCoreThreadTimeOut(true);
    }

    /** Starts embedding, in the background, the clauses not embedded or on their way yet. */
    void readAhead(List<String> clauses) {
        for (String clause : clauses) {
            FutureTask<float[]> task;
            synchronized (ahead) {
                if (ahead.containsKey(clause)) {
                    continue;
                }
                task = new FutureTask<>(() -> embedder.embed(clause));
                ahead.put(clause, task);
            }
            // A task the full queue drops stays in the map: the grade that needs it runs it itself.
            worker.execute(task);
        }
    }

    /** The clause's vector: the one read ahead (waiting for it when it is being embedded), or embedded now. */
    float[] vector(String clause) {
        FutureTask<float[]> task;
        synchronized (ahead) {
            task = ahead.remove(clause);
        }
        if (task == null) {
            return embedder.embed(clause);
        }
        // Runs it here when the worker has not started it; does nothing when it ran or is running.
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            return embedder.embed(clause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return embedder.embed(clause);
        }
    }

    /** How many clauses are held (read ahead and not yet used). */
    int held() {
        synchronized (ahead) {
            return ahead.size();
        }
    }
}
