package dev.interviewer.interview.model;

import java.util.Objects;

/**
 * Why a targeted interview asks one of its main questions: the requirement it practises, how much the target text
 * stresses it (0-1), and for a gap (a requirement the notes do not cover) the question a model wrote for it.
 *
 * @param question    the main question's number, from 1
 * @param cardId      the card asked; a gap's id starts with {@code gap/}
 * @param gapQuestion the model-written question of a gap, empty for a question from the notes
 */
public record QuestionRequirement(int question, String cardId, String requirement, double weight,
        String gapQuestion) {

    public QuestionRequirement {
        if (question < 1) {
            throw new IllegalArgumentException("question numbers start at 1: " + question);
        }
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(requirement, "requirement");
        gapQuestion = gapQuestion == null ? "" : gapQuestion;
    }

    public boolean gap() {
        return !gapQuestion.isEmpty();
    }
}
