package dev.interviewer.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The model grades one interview is still waiting for, and the questions whose review waits for them. A question's
 * review (FSRS) is recorded once the interview has moved on from it and none of its grades is pending, so the
 * schedule sees the grades that are stored and shown, not the provisional offline ones. Thread-safe.
 */
final class PendingGrades {
    /** A question the interview moved on from, and when: its review is recorded with that time. */
    record MovedOn(int question, Instant at) {
    }

    private final Map<Integer, Integer> questionOfTurn = new HashMap<>();
    private final Map<Integer, CompletableFuture<?>> settledOfTurn = new HashMap<>();
    private final Map<Integer, Instant> movedOn = new HashMap<>();

    /** A turn's model grade is on its way; {@code settled} completes once it is stored (or given up). */
    synchronized void add(int turn, int question, CompletableFuture<?> settled) {
        questionOfTurn.put(turn, question);
        settledOfTurn.put(turn, settled);
    }

    /** The interview moved on from the question: true when its review can be recorded now (nothing pending). */
    synchronized boolean moveOn(int question, Instant at) {
        if (questionOfTurn.containsValue(question)) {
            movedOn.put(question, at);
            return false;
        }
        return true;
    }

    /** A turn's grade is settled; the question whose review is due now, if this was its last pending grade. */
    synchronized Optional<MovedOn> settle(int turn) {
        Integer question = questionOfTurn.remove(turn);
        settledOfTurn.remove(turn);
        if (question == null || questionOfTurn.containsValue(question)) {
            return Optional.empty();
        }
        return Optional.ofNullable(movedOn.remove(question)).map(at -> new MovedOn(question, at));
    }

    synchronized boolean any() {
        return !questionOfTurn.isEmpty();
    }

    /** Waits until every pending grade is settled, at most {@code timeout}; true when none is left. */
    boolean awaitAll(Duration timeout) {
        List<CompletableFuture<?>> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(settledOfTurn.values());
        }
        if (waiting.isEmpty()) {
            return true;
        }
        try {
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A grade that failed or took too long leaves the provisional one; the caller goes on with that.
        }
        return !any();
    }
}
