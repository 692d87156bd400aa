package dev.interviewer.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A quantized embedding model shipped in the jar and run in this process (unit-length vectors). Two are used:
 * {@link #bge()} embeds every text, Chinese or English; {@link #english()} embeds English notes and queries once
 * more, because bge-small-zh matches English paraphrases poorly. Loaded on first use (about a second), so a
 * start-up whose vectors are all cached never waits for it.
 */
public final class InProcessEmbedder implements TextEmbedder, AutoCloseable {
    private final String modelId;
    private final int dimensions;
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;
    // Embedding holds the read lock, closing takes the write lock: see close().
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private InProcessEmbedder(String modelId, int dimensions, Supplier<EmbeddingModel> loader) {
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.loader = loader;
    }

    /** bge-small-zh-v1.5, quantized: 512 dimensions, Chinese and English. */
    public static InProcessEmbedder bge() {
        return new InProcessEmbedder("bge-small-zh-v1.5-q", 512, BgeSmallZhV15QuantizedEmbeddingModel::new);
    }

    /** all-MiniLM-L6-v2, quantized: 384 dimensions, English only, trained on question and answer pairs. */
    public static InProcessEmbedder english() {
        return new InProcessEmbedder("all-minilm-l6-v2-q", 384, AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    @Override
    public float[] embed(String text) {
        // The model rejects empty input; a single space embeds to a neutral vector.
        String input = text == null || text.isBlank() ? " " : text;
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is closed");
            }
            return model().embed(input).content().vector();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Waits for the model calls in progress and refuses new ones. The JVM crashes (SIGSEGV in onnxruntime) when
     * it exits while native code loads or runs the model, e.g. on Ctrl+C during the first build or right after
     * start-up while the warm-up search loads the model.
     */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = loader.get();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
