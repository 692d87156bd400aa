package dev.interviewer.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-process quantized bge-small-zh-v1.5 model (512 dimensions, unit-length vectors), shipped in the jar.
 * Loaded on first use (about a second), so a start-up whose vectors are all cached never waits for it.
 */
public final class BgeEmbedder implements TextEmbedder, AutoCloseable {
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";
    private volatile EmbeddingModel model;
    // Embedding holds the read lock, closing takes the write lock: see close().
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

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
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return 512;
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
}
