package dev.interviewer.interview.target;

import dev.interviewer.interview.model.InterviewSummary;
import java.time.Instant;
import java.util.List;

/**
 * A saved target with the interviews practised for it (newest first) and its last score; {@code analysis} is its map
 * on the current notes, null in a list of targets (mapping each one costs a search per requirement).
 */
public record SavedTargetView(String id, String name, String text, Instant createdAt, Instant updatedAt,
        List<InterviewSummary> interviews, Double lastScore, TargetAnalysis analysis) {
    public SavedTargetView {
        interviews = List.copyOf(interviews);
    }
}
