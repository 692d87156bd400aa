package dev.interviewer.grading;

/** Grades an answer against a card's reference, key points and pitfalls. */
public interface Grader {
    Grade grade(GradeRequest request);

    /**
     * Prepares, in the background, what grading a draft of an answer needs, so that the answer, once sent, is
     * graded sooner. Never changes a grade; nothing is kept but what grading the sent answer uses.
     */
    default void readAhead(String draft) {
    }
}
