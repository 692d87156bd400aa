package dev.interviewer.interview.target;

import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.knowledge.Card;
import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Map;

/**
 * The cards that stand for gap questions, so a gap flows through the interview like any question: an id of its
 * own ({@code gap/<interview>/<n>}), the model-written question, no key points (nothing to follow up on, the model's
 * rubric decides the score), and instead of a reference answer a note that the notes have none.
 */
public final class GapCards {
    public static final String PREFIX = "gap/";
    private static final int LEVEL = 2;

    private GapCards() {
    }

    public static boolean isGap(String cardId) {
        return cardId != null && cardId.startsWith(PREFIX);
    }

    public static String id(String interviewId, int question) {
        return PREFIX + interviewId + "/" + question;
    }

    /** The card of a gap question, worded in the interview's language. */
    public static Card card(QuestionRequirement gap, String language) {
        Wording words = Wording.of(Wording.supports(language) ? language : Wording.defaultLanguage());
        String topic = words.text("target.gapTopic");
        String reference = words.text("target.gapReference", Map.of("requirement", gap.requirement()));
        return new Card(gap.cardId(), "", 0, List.of(topic), gap.requirement(), gap.gapQuestion(), "", reference,
                List.of(), List.of(), List.of(), LEVEL, List.of(topic), List.of(), true);
    }
}
