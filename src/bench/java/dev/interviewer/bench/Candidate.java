package dev.interviewer.bench;

import dev.interviewer.testing.ApiClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A simulated candidate: answers every message with a dev-set answer of 300 characters to the card asked about (any
 * answer when the dev set has none for it), and starts a new interview when one ends. Looking up the card and
 * starting interviews are not timed. Not thread-safe: one candidate per thread.
 */
final class Candidate {
    static final int ANSWER_CHARS = 300;

    private final ApiClient client;
    private final Answers answers;
    private final Random random;
    private String interview;

    Candidate(ApiClient client, Answers answers, Random random) {
        this.client = client;
        this.answers = answers;
        this.random = random;
    }

    /** Answers {@code count} messages, one after the other. */
    List<Timed> turns(int count) throws IOException {
        List<Timed> turns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            turns.add(turn());
        }
        return turns;
    }

    /**
     * One answer's round trip; {@code fallback} when the next message came from the offline fallback;
     * {@code firstTextNanos} when the next message's first text arrived.
     */
    record Timed(long startNanos, long endNanos, boolean fallback, long gradeMillis, long firstTextNanos) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }

        double firstTextMillis() {
            return (firstTextNanos - startNanos) / 1e6;
        }
    }

    /**
     * Sends one answer and waits until the next message is complete. Starting a new interview (when the last one
     * ended) happens before the clock starts: it is not part of a turn.
     */
    Timed turn() throws IOException {
        if (interview == null) {
            interview = client.start(10, 2, random.nextBoolean() ? "zh" : "en").id();
        }
        String answer = Answers.vary(answers.ofLength(answers.pickFor(client.currentCard(interview), random),
                ANSWER_CHARS), random);
        long start = System.nanoTime();
        ApiClient.Answered answered = client.answer(interview, answer);
        long end = System.nanoTime();
        if (answered.finished()) {
            interview = null;
        }
        return new Timed(start, end, answered.next().fallback(), answered.gradeMillis(), answered.firstTextNanos());
    }

    void restart() {
        interview = null;
    }
}
