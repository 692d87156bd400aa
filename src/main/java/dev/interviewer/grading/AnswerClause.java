package dev.interviewer.grading;

/**
 * A unit of an answer that grading compares with key points and pitfalls: one clause, or a window of adjacent
 * clauses of one sentence (a key point often spans a comma).
 *
 * @param statement whether its sentence asserts something (a bare list of terms does not)
 * @param window    true for a run of clauses, whose vector is the mean of theirs
 */
record AnswerClause(String text, TextFeatures features, float[] vector, boolean statement, boolean negated,
        boolean window) {
    boolean cjk() {
        return features.cjk();
    }
}
