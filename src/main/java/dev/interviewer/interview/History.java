package dev.interviewer.interview;

import dev.interviewer.interview.model.InterviewSummary;
import java.util.List;
import java.util.Objects;

/** The practice history: every interview, newest first, and where spaced repetition stands. */
public record History(List<InterviewSummary> interviews, ReviewSummary review) {
    public History {
        interviews = List.copyOf(interviews);
        Objects.requireNonNull(review, "review");
    }
}
