package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.List;

/** One line of the interview history. {@code score} is null while the interview is active. */
public record InterviewSummary(
        String id,
        List<String> topics,
        InterviewMode mode,
        int questions,
        int answered,
        InterviewStatus status,
        Instant createdAt,
        Instant finishedAt,
        Double score) {

    public InterviewSummary {
        topics = List.copyOf(topics);
    }
}
