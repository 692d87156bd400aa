package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * A card as indexed: its content hash, plain reference (for snippets), term set (for coverage) and vectors
 * (kept in memory too, so every candidate gets exact similarities, not only those the KNN lists reached).
 */
record IndexedCard(Card card, String hash, String plainReference, Set<String> terms, float[] cardVector,
                   List<float[]> passageVectors) {
    IndexedCard {
        cardVector = normalized(cardVector);
        passageVectors = passageVectors.stream().map(IndexedCard::normalized).toList();
    }

    IndexedCard withCard(Card newer) {
        return new IndexedCard(newer, hash, plainReference, terms, cardVector, passageVectors);
    }

    /** Cosine with a unit-length query vector. */
    double cardCosine(float[] unitQuery) {
        return VectorUtil.dotProduct(cardVector, unitQuery);
    }

    /** Best cosine of any passage with a unit-length query vector. */
    double bestPassageCosine(float[] unitQuery) {
        double best = 0;
        for (float[] passage : passageVectors) {
            best = Math.max(best, VectorUtil.dotProduct(passage, unitQuery));
        }
        return best;
    }

    /** A unit-length copy, so a cosine is a plain dot product. */
    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }
}
