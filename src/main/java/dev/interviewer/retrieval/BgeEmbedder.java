package dev.interviewer.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The in-process quantized bge-small-zh-v1.5 model (512 dimensions, unit-length vectors), shipped in the jar.
 * Loaded on first use (about a second), so a start-up whose vectors are all cached never waits for it.
 */
public final class BgeEmbedder implements TextEmbedder {
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";
    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        // The model rejects empty input; a single space embeds to a neutral vector.
        String input = text == null || text.isBlank() ? " " : text;
        return model().embed(input).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return 512;
    }
}
