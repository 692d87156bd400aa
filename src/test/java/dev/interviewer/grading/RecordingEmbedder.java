package dev.interviewer.grading;

import dev.interviewer.retrieval.TextEmbedder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A model that records the texts it is asked to embed, in the order asked. */
final class RecordingEmbedder implements TextEmbedder {
    final List<String> texts = new CopyOnWriteArrayList<>();
    private final TextEmbedder model;

    RecordingEmbedder(TextEmbedder model) {
        this.model = model;
    }

    @Override
    public float[] embed(String text) {
        texts.add(text);
        return model.embed(text);
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }
}
