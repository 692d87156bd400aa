package dev.interviewer.enrich;

import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.Card;
import java.util.Objects;

/**
 * The model that proposes annotations for a card, grounded in the card's own text (an LLM in production). It throws
 * {@link RateLimitedException} when the endpoint asks it to slow down, and any other runtime exception when the call
 * fails or its output cannot be used.
 */
public interface AnnotationModel {
    Drafted propose(Card card);

    /** Everything a call for this card sends (system and user text), for estimating its cost before starting. */
    String prompt(Card card);

    /** A proposal and the tokens its call used. */
    record Drafted(Proposal proposal, TokenUsage usage) {
        public Drafted {
            Objects.requireNonNull(proposal, "proposal");
            usage = usage == null ? TokenUsage.NONE : usage;
        }
    }
}
