package dev.interviewer.retrieval;

import java.util.List;
import org.apache.lucene.util.VectorUtil;

/**
 * One model's vectors of a card: its summary and each passage, unit length, kept in memory so every candidate
 * gets exact similarities, not only those the KNN lists reached. {@link #NONE}: the model did not embed the card.
 */
record VectorSet(float[] card, List<float[]> passages) {
    static final VectorSet NONE = new VectorSet(new float[0], List.of());

    VectorSet {
        card = normalized(card);
        passages = passages.stream().map(VectorSet::normalized).toList();
    }

    boolean isNone() {
        return card.length == 0;
    }

    /** Cosine with a unit-length query vector of the same model. */
    double cardCosine(float[] unitQuery) {
        return isNone() ? 0 : VectorUtil.dotProduct(card, unitQuery);
    }

    /** Best cosine of any passage with a unit-length query vector of the same model. */
    double bestPassageCosine(float[] unitQuery) {
        double best = 0;
        for (float[] passage : passages) {
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
