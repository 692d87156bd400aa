package dev.interviewer.grading;

/** Grades an answer against a card's reference, key points and pitfalls. */
public interface Grader {
    Grade grade(GradeRequest request);
}
