package dev.interviewer.portable;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which cards of the notes an export takes. {@link #all()} and {@link #filter(Predicate)} need only the notes;
 * "weak" and "due" selections need the review history, so the composition root builds them from the store.
 */
@FunctionalInterface
public interface CardSelection {
    List<Card> select(KnowledgeBase knowledge);

    /** Every card that has a reference answer (the others have nothing to put on the back). */
    static CardSelection all() {
        return KnowledgeBase::answerableCards;
    }

    /** The cards of this selection that also pass {@code keep} (a topic filter, say). */
    default CardSelection filter(Predicate<Card> keep) {
        return knowledge -> select(knowledge).stream().filter(keep).toList();
    }
}
