package dev.interviewer.retrieval;

/** Turns text into a unit-length vector; the in-process bge-small-zh model in production. */
public interface TextEmbedder {
    float[] embed(String text);

    /** Identifies the model, so cached vectors of another model are never reused. */
    String modelId();

    int dimensions();
}
