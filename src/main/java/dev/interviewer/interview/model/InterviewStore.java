package dev.interviewer.interview.model;

import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.voice.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persists interviews turn by turn. Each method is one atomic write; the service calls them in an order that
 * never loses what the candidate sent: the answer is saved before grading starts, and a grade is saved together
 * with the turn that follows it. Implementations are thread-safe. Every method except {@link #create},
 * {@link #load} and {@link #list} throws {@link UnknownInterviewException} for an unknown id and
 * {@link IllegalStateException} for a write the interview's state does not allow.
 */
public interface InterviewStore {
    /** Saves a new interview with its first turn; the id must be new. */
    void create(StoredInterview interview);

    /** Appends a turn; its index must be the number of turns so far, and every earlier turn must be closed. */
    void appendTurn(String interviewId, Turn turn);

    /**
     * Saves the candidate's answer to an asked turn, before grading: the turn becomes ANSWERED. A spoken answer
     * carries its delivery; a typed one null.
     */
    void saveAnswer(String interviewId, int turnIndex, String answer, Delivery delivery, Instant at);

    /** Saves a typed answer. */
    default void saveAnswer(String interviewId, int turnIndex, String answer, Instant at) {
        saveAnswer(interviewId, turnIndex, answer, null, at);
    }

    /** Adds a hint to an asked turn. */
    void saveHint(String interviewId, int turnIndex, Hint hint);

    /**
     * Saves a turn's grade (or skip) and, in the same transaction, the next turn when there is one, so a crash
     * never leaves a graded answer without what comes next being decided again on resume.
     */
    void saveResult(String interviewId, int turnIndex, TurnResult result, Turn next);

    /** Replaces a turn's prompt once the interviewer has finished phrasing it (streamed text, engine, usage). */
    void savePrompt(String interviewId, int turnIndex, Prompt prompt);

    /** Marks the interview finished or ended early, with its closing words and overall score. */
    void finish(String interviewId, Finish finish);

    /** The interview with all its turns, or empty for an unknown id. */
    Optional<StoredInterview> load(String interviewId);

    /** Every interview, newest first. */
    List<InterviewSummary> list();

    /**
     * The cards an interview asked, as they were when asked, by card id, for history and reports once a card has
     * left the notes. A store that keeps no snapshots returns an empty map.
     */
    default Map<String, CardSnapshot> cardSnapshots(String interviewId) {
        return Map.of();
    }

    /** Deletes the interview and all its turns; false when there was no such interview. */
    boolean delete(String interviewId);
}
