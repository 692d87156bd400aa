package dev.interviewer.interview.target;

import java.util.List;
import java.util.Objects;

/**
 * One requirement of a target with the cards that cover it, best first; {@code covered} when there is at least one.
 * A requirement without cards is a gap: the notes do not cover it.
 */
public record RequirementMatch(String text, double weight, List<MatchedCard> cards, boolean covered) {
    public RequirementMatch {
        Objects.requireNonNull(text, "text");
        cards = List.copyOf(cards);
        if (covered != !cards.isEmpty()) {
            throw new IllegalArgumentException("a requirement is covered exactly when it has cards: " + text);
        }
    }

    public static RequirementMatch of(Requirement requirement, List<MatchedCard> cards) {
        return new RequirementMatch(requirement.text(), requirement.weight(), cards, !cards.isEmpty());
    }
}
