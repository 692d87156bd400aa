package dev.interviewer.interview.target;

import dev.interviewer.knowledge.Card;
import java.util.Objects;

/**
 * One main question of a targeted plan: a card of the notes and the requirement it was chosen for, or a gap (a
 * requirement the notes do not cover; {@code card} is null until a model writes its question).
 */
public record PlannedQuestion(Card card, String requirement, double weight) {
    public PlannedQuestion {
        Objects.requireNonNull(requirement, "requirement");
    }

    public boolean gap() {
        return card == null;
    }
}
