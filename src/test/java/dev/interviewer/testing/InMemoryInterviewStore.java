package dev.interviewer.testing;

import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.UnknownInterviewException;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.voice.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Keeps interviews in memory, with the same rules as the persistent store; for tests and until SQLite lands. */
public final class InMemoryInterviewStore implements InterviewStore {
    private final Map<String, StoredInterview> interviews = new HashMap<>();

    @Override
    public synchronized void create(StoredInterview interview) {
        if (interviews.containsKey(interview.id())) {
            throw new IllegalStateException("interview " + interview.id() + " already exists");
        }
        interviews.put(interview.id(), interview);
    }

    @Override
    public synchronized void appendTurn(String interviewId, Turn turn) {
        StoredInterview interview = active(interviewId);
        interviews.put(interviewId, interview.withTurns(appended(interview, turn)));
    }

    @Override
    public synchronized void saveAnswer(String interviewId, int turnIndex, String answer, Delivery delivery,
            Instant at) {
        updateTurn(interviewId, turnIndex, t -> t.withAnswer(answer, delivery, at));
    }

    @Override
    public synchronized boolean delete(String interviewId) {
        return interviews.remove(interviewId) != null;
    }

    @Override
    public synchronized void saveHint(String interviewId, int turnIndex, Hint hint) {
        updateTurn(interviewId, turnIndex, t -> t.withHint(hint));
    }

    @Override
    public synchronized void saveResult(String interviewId, int turnIndex, TurnResult result, Turn next) {
        StoredInterview interview = active(interviewId);
        List<Turn> turns = new ArrayList<>(interview.turns());
        turns.set(checkedIndex(interview, turnIndex), turns.get(turnIndex).withResult(result));
        StoredInterview updated = interview.withTurns(turns);
        // Validate the whole write before storing any of it: one transaction.
        interviews.put(interviewId, next == null ? updated : updated.withTurns(appended(updated, next)));
    }

    @Override
    public synchronized void savePrompt(String interviewId, int turnIndex, Prompt prompt) {
        StoredInterview interview = known(interviewId);
        List<Turn> turns = new ArrayList<>(interview.turns());
        turns.set(checkedIndex(interview, turnIndex), turns.get(turnIndex).withPrompt(prompt));
        interviews.put(interviewId, interview.withTurns(turns));
    }

    @Override
    public synchronized void finish(String interviewId, Finish finish) {
        interviews.put(interviewId, active(interviewId).finished(finish));
    }

    @Override
    public synchronized Optional<StoredInterview> load(String interviewId) {
        return Optional.ofNullable(interviews.get(interviewId));
    }

    @Override
    public synchronized List<InterviewSummary> list() {
        return interviews.values().stream()
                .sorted(Comparator.comparing(StoredInterview::createdAt).reversed())
                .map(StoredInterview::summary)
                .toList();
    }

    private void updateTurn(String interviewId, int turnIndex, UnaryOperator<Turn> change) {
        StoredInterview interview = active(interviewId);
        List<Turn> turns = new ArrayList<>(interview.turns());
        turns.set(checkedIndex(interview, turnIndex), change.apply(turns.get(turnIndex)));
        interviews.put(interviewId, interview.withTurns(turns));
    }

    private static List<Turn> appended(StoredInterview interview, Turn turn) {
        List<Turn> turns = new ArrayList<>(interview.turns());
        if (turn.index() != turns.size()) {
            throw new IllegalStateException("interview " + interview.id() + " expects turn " + turns.size()
                    + ", got " + turn.index());
        }
        if (!turns.isEmpty() && !turns.get(turns.size() - 1).status().closed()) {
            throw new IllegalStateException("interview " + interview.id() + " turn " + (turns.size() - 1)
                    + " is still open");
        }
        turns.add(turn);
        return turns;
    }

    private static int checkedIndex(StoredInterview interview, int turnIndex) {
        if (turnIndex < 0 || turnIndex >= interview.turns().size()) {
            throw new IllegalStateException("interview " + interview.id() + " has no turn " + turnIndex);
        }
        return turnIndex;
    }

    private StoredInterview active(String interviewId) {
        StoredInterview interview = known(interviewId);
        if (interview.status().over()) {
            throw new IllegalStateException("interview " + interviewId + " is " + interview.status().label());
        }
        return interview;
    }

    private StoredInterview known(String interviewId) {
        StoredInterview interview = interviews.get(interviewId);
        if (interview == null) {
            throw new UnknownInterviewException(interviewId);
        }
        return interview;
    }
}
