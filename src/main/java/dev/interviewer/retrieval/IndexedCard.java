package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import java.util.Set;

/**
 * A card as indexed: its content hash, plain reference (for snippets), term set (for coverage), the bge vectors
 * and, for a card written in English, the English model's vectors ({@link VectorSet#NONE} otherwise).
 */
record IndexedCard(Card card, String hash, String plainReference, Set<String> terms, VectorSet bge,
                   VectorSet english) {

    IndexedCard withCard(Card newer) {
        return new IndexedCard(newer, hash, plainReference, terms, bge, english);
    }
}
