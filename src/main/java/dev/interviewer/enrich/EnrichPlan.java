package dev.interviewer.enrich;

import dev.interviewer.interview.phrasing.Pricing;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cards a run of {@code enrich} asks the model about, and what that will cost: the cards with a reference
 * answer (or the ones named), without those already in the review queue (a run that stopped resumes), and with
 * {@code --only-missing} without those that carry annotations already.
 *
 * @param queued    cards left out because the queue has them
 * @param annotated cards left out because they are annotated
 */
public record EnrichPlan(List<Card> cards, int queued, int annotated, long promptTokens, long completionTokens,
        Double cost) {
    /** About what a reply of seven glossed points, a few pitfalls and follow-ups, a level and tags takes. */
    static final int COMPLETION_TOKENS_PER_CARD = 600;

    public EnrichPlan {
        cards = List.copyOf(cards);
    }

    /**
     * @param ids cards to enrich by id, empty for all; an unknown id or a card with nothing to ground on throws
     *            {@link IllegalArgumentException} naming it
     */
    public static EnrichPlan of(KnowledgeBase knowledge, List<String> ids, boolean onlyMissing, ReviewQueue queue,
            AnnotationModel model, Pricing pricing) {
        List<Card> candidates = ids.isEmpty() ? knowledge.answerableCards() : named(knowledge, ids);
        List<Card> cards = new ArrayList<>();
        int queued = 0;
        int annotated = 0;
        for (Card card : candidates) {
            if (queue.contains(card.id())) {
                queued++;
            } else if (onlyMissing && annotated(card)) {
                annotated++;
            } else {
                cards.add(card);
            }
        }
        long prompt = cards.stream().mapToLong(c -> tokens(model.prompt(c))).sum();
        long completion = (long) cards.size() * COMPLETION_TOKENS_PER_CARD;
        return new EnrichPlan(cards, queued, annotated, prompt, completion, pricing.cost(prompt, completion));
    }

    private static List<Card> named(KnowledgeBase knowledge, List<String> ids) {
        List<Card> cards = new ArrayList<>();
        for (String id : ids) {
            Card card = knowledge.card(id).orElseThrow(() -> new IllegalArgumentException("no card with id " + id
                    + " (lint --cards lists them)"));
            if (!card.hasReference()) {
                throw new IllegalArgumentException("card " + id + " has no reference text to ground annotations on");
            }
            cards.add(card);
        }
        return cards;
    }

    /** A card someone annotated: it has pitfalls, follow-ups or key points with English glosses. */
    static boolean annotated(Card card) {
        return !card.pitfalls().isEmpty() || !card.followUps().isEmpty()
                || card.keyPoints().stream().anyMatch(k -> !k.english().isBlank());
    }

    /**
     * An estimate of what an OpenAI tokenizer counts: about one token per CJK character and one per four other
     * characters. Good to the nearest few tens of percent, which is what a cost figure needs.
     */
    public static long tokens(String text) {
        long cjk = 0;
        long other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                cjk++;
            } else {
                other++;
            }
            i += Character.charCount(cp);
        }
        return cjk + (other + 3) / 4;
    }
}
