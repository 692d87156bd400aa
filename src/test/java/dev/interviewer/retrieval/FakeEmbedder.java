package dev.interviewer.retrieval;

import java.util.concurrent.atomic.AtomicInteger;

/** A fast stand-in for the model: hashed character bigrams, unit length; counts how often it is asked. */
final class FakeEmbedder implements TextEmbedder {
    static final int DIMENSIONS = 64;
    private final String modelId;
    private final AtomicInteger calls = new AtomicInteger();

    FakeEmbedder(String modelId) {
        this.modelId = modelId;
    }

    FakeEmbedder() {
        this("fake-model");
    }

    @Override
    public float[] embed(String text) {
        calls.incrementAndGet();
        float[] vector = new float[DIMENSIONS];
        String padded = " " + text + " ";
        for (int i = 0; i + 1 < padded.length(); i++) {
            vector[Math.floorMod(padded.substring(i, i + 2).hashCode(), DIMENSIONS)] += 1;
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return vector;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    int calls() {
        return calls.get();
    }
}
