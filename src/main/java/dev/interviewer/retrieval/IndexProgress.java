package dev.interviewer.retrieval;

/**
 * How far building the index got: {@code indexing} while cards are being embedded, then {@code ready}.
 * {@code done} and {@code total} count the cards that needed (re)indexing, not the unchanged ones.
 */
public record IndexProgress(String state, int done, int total, int percent) {
    public static final String INDEXING = "indexing";
    public static final String READY = "ready";

    public IndexProgress {
        if (!INDEXING.equals(state) && !READY.equals(state)) {
            throw new IllegalArgumentException("state must be indexing or ready: " + state);
        }
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("done must be within 0-total: " + done + "/" + total);
        }
    }

    public static IndexProgress indexing(int done, int total) {
        return new IndexProgress(INDEXING, done, total, total == 0 ? 0 : (int) (100L * done / total));
    }

    public static IndexProgress ready(int total) {
        return new IndexProgress(READY, total, total, 100);
    }

    public boolean isReady() {
        return READY.equals(state);
    }
}
