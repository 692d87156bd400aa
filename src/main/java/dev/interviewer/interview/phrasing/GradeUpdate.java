package dev.interviewer.interview.phrasing;

import dev.interviewer.grading.Grade;
import java.util.Objects;

/**
 * The grade that replaces a turn's provisional (offline) grade once the model's grade is stored, sent to the page
 * beside the next message.
 *
 * @param turn          the graded turn
 * @param questionScore the score of the whole question with this grade
 */
public record GradeUpdate(int turn, Grade grade, double questionScore) {
    public GradeUpdate {
        if (turn < 0) {
            throw new IllegalArgumentException("turn must be >= 0: " + turn);
        }
        Objects.requireNonNull(grade, "grade");
    }
}
