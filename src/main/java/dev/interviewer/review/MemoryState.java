package dev.interviewer.review;

/**
 * A card's FSRS memory state.
 *
 * @param stability  days until recall probability falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be > 0: " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be 1-10: " + difficulty);
        }
    }
}
