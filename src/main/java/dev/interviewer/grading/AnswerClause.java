package dev.interviewer.grading;

import java.util.Set;

/**
 * A unit of an answer that grading compares with key points and pitfalls: one clause, or a window of adjacent
 * clauses of one sentence (a key point often spans a comma).
 *
 * @param statement whether its sentence asserts something (a bare list of terms does not)
 * @param window    true for a run of clauses, whose vector is the mean of theirs
 * @param first     index of its first clause in the answer
 * @param last      index of its last clause in the answer
 * @param sentence  the sentence it belongs to
 * @param names     the names (PPO, k3, pre-norm) its sentence mentions
 */
record AnswerClause(String text, TextFeatures features, float[] vector, boolean statement, boolean negated,
        boolean window, int first, int last, String sentence, Set<String> names) {
    AnswerClause {
        names = Set.copyOf(names);
    }

    boolean cjk() {
        return features.cjk();
    }

    boolean overlaps(AnswerClause other) {
        return first <= other.last && other.first <= last;
    }
}
