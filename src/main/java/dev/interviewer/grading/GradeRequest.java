package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import java.util.Objects;
import java.util.Set;

/**
 * An answer to grade against a known card.
 *
 * @param targetKeyPoints the key points a follow-up aims at; empty = all of the card's key points
 * @param language        "zh" or "en": the language feedback is written in
 */
public record GradeRequest(Card card, String question, String answer, Set<Integer> targetKeyPoints, String language) {
    public GradeRequest {
        Objects.requireNonNull(card, "card");
        question = question == null ? card.question() : question;
        answer = answer == null ? "" : answer;
        targetKeyPoints = Set.copyOf(targetKeyPoints);
        language = language == null || language.isBlank() ? "zh" : language;
    }

    public static GradeRequest of(Card card, String answer) {
        return new GradeRequest(card, card.question(), answer, Set.of(), "zh");
    }
}
