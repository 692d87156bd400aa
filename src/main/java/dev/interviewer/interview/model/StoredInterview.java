package dev.interviewer.interview.model;

import dev.interviewer.interview.phrasing.TokenUsage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An interview as persisted: enough to show its transcript, build its report and resume it exactly.
 *
 * @param seed     seeds the interviewer's phrasing, so a resumed interview phrases as it would have
 * @param cardIds  the planned main questions, in order
 * @param closing  the interviewer's last words, empty while active
 * @param score    overall score 0-10 saved when it ended, null while active
 */
public record StoredInterview(
        String id,
        InterviewConfig config,
        long seed,
        List<String> cardIds,
        InterviewStatus status,
        Instant createdAt,
        Instant finishedAt,
        String closing,
        Double score,
        List<Turn> turns) {

    public StoredInterview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        cardIds = List.copyOf(cardIds);
        if (cardIds.isEmpty()) {
            throw new IllegalArgumentException("interview " + id + " has no planned questions");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        closing = closing == null ? "" : closing;
        turns = List.copyOf(turns);
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).index() != i) {
                throw new IllegalArgumentException("interview " + id + " turn " + i + " has index "
                        + turns.get(i).index());
            }
        }
    }

    /** A new, active interview with its first turn. */
    public static StoredInterview started(String id, InterviewConfig config, long seed, List<String> cardIds,
            Instant at, Turn first) {
        return new StoredInterview(id, config, seed, cardIds, InterviewStatus.ACTIVE, at, null, "", null,
                List.of(first));
    }

    public StoredInterview withTurns(List<Turn> newTurns) {
        return new StoredInterview(id, config, seed, cardIds, status, createdAt, finishedAt, closing, score,
                newTurns);
    }

    public StoredInterview finished(Finish finish) {
        return new StoredInterview(id, config, seed, cardIds, finish.status(), createdAt, finish.at(),
                finish.closing(), finish.score(), turns);
    }

    public InterviewSummary summary() {
        int answered = (int) turns.stream().filter(t -> t.status().closed() || !t.answer().isEmpty()).count();
        TokenUsage usage = turns.stream().map(t -> t.prompt().usage().plus(t.gradingUsage()))
                .reduce(TokenUsage.NONE, TokenUsage::plus);
        return new InterviewSummary(id, config.topics(), config.mode(), cardIds.size(), answered, status, createdAt,
                finishedAt, score, usage, null);
    }
}
