package dev.interviewer.interview.model;

import dev.interviewer.interview.phrasing.TokenUsage;
import java.time.Instant;
import java.util.List;

/**
 * One line of the interview history. {@code score} is null while the interview is active; {@code usage} totals the
 * model tokens of every turn (phrasing and grading); {@code estimatedCost} is null unless the model's prices are set.
 */
public record InterviewSummary(
        String id,
        List<String> topics,
        InterviewMode mode,
        int questions,
        int answered,
        InterviewStatus status,
        Instant createdAt,
        Instant finishedAt,
        Double score,
        TokenUsage usage,
        Double estimatedCost) {

    public InterviewSummary {
        topics = List.copyOf(topics);
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    public InterviewSummary withEstimatedCost(Double cost) {
        return new InterviewSummary(id, topics, mode, questions, answered, status, createdAt, finishedAt, score,
                usage, cost);
    }
}
