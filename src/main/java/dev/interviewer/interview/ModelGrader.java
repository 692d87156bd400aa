package dev.interviewer.interview;

import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.interview.phrasing.TokenUsage;
import java.util.Objects;

/**
 * A grader that takes a model call (seconds): an interview runs it beside the phrasing of the next message, while
 * the offline grade decides what comes next. Its grade, when it arrives, replaces the offline one. It throws on any
 * failure (HTTP error, timeout, invalid output); the offline grade then stays, flagged as a fallback.
 */
public interface ModelGrader {
    ModelGrade gradeWithUsage(GradeRequest request);

    /** A model's grade and the tokens its call used. */
    record ModelGrade(Grade grade, TokenUsage usage) {
        public ModelGrade {
            Objects.requireNonNull(grade, "grade");
            usage = usage == null ? TokenUsage.NONE : usage;
        }
    }
}
