package dev.interviewer.interview.target;

import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.knowledge.Card;
import java.util.List;

/**
 * A targeted interview's questions (gap questions as their cards), the requirement of each, and the map they were
 * drawn from, for the opening words.
 */
public record TargetedPlan(List<Card> cards, List<QuestionRequirement> requirements, TargetMap map, int gaps) {
    public TargetedPlan {
        cards = List.copyOf(cards);
        requirements = List.copyOf(requirements);
        if (cards.size() != requirements.size() || cards.isEmpty()) {
            throw new IllegalArgumentException("a plan has one requirement per question, and at least one question");
        }
    }
}
