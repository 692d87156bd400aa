package dev.interviewer.bench;

import dev.interviewer.testing.ApiClient;
import java.io.IOException;
import java.time.Duration;
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
    // After the page's last draft (a pause in typing) the candidate still types this many clauses.
    static final int TYPED_AFTER_PAUSE = 2;
    private static final String CLAUSE_ENDS = "，。；！？,.;!?\n、：:";

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
        return turn(null);
    }

    /**
     * As {@link #turn()}, typed as in the page: a draft of the answer without its last {@link #TYPED_AFTER_PAUSE}
     * clauses is sent first (the page sends one when typing pauses), and {@code typing} passes (the last words being
     * typed) before the answer is sent. Neither is timed: the clock starts when the answer is sent, as before.
     */
    Timed turnAfterDraft(Duration typing) throws IOException {
        return turn(typing);
    }

    private Timed turn(Duration typing) throws IOException {
        if (interview == null) {
            interview = client.start(10, 2, random.nextBoolean() ? "zh" : "en").id();
        }
        String answer = Answers.vary(answers.ofLength(answers.pickFor(client.currentCard(interview), random),
                ANSWER_CHARS), random);
        if (typing != null) {
            client.draft(interview, withoutLastClauses(answer, TYPED_AFTER_PAUSE));
            sleep(typing);
        }
        long start = System.nanoTime();
        ApiClient.Answered answered = client.answer(interview, answer);
        long end = System.nanoTime();
        if (answered.finished()) {
            interview = null;
        }
        return new Timed(start, end, answered.next().fallback(), answered.gradeMillis(), answered.firstTextNanos());
    }

    /** The text before its last {@code count} clauses (cut at clause punctuation). */
    static String withoutLastClauses(String text, int count) {
        int end = text.length();
        for (int cut = 0; cut < count; cut++) {
            int at = end - 1;
            while (at > 0 && CLAUSE_ENDS.indexOf(text.charAt(at - 1)) < 0) {
                at--;
            }
            end = Math.max(0, at - 1);
        }
        return text.substring(0, end);
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void restart() {
        interview = null;
    }
}
