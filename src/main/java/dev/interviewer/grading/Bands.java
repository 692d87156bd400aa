package dev.interviewer.grading;

/** Decides the band from the score and the flags: our code decides, whichever engine produced the score. */
public final class Bands {
    public static final double STRONG = 8.0;
    public static final double PARTIAL = 5.0;

    private Bands() {
    }

    /**
     * @param pitfallsDominate the answer asserts known wrong claims and covers less than half of the key points
     */
    public static Band of(double score, boolean empty, boolean offTopic, boolean pitfallsDominate) {
        if (empty) {
            return Band.EMPTY;
        }
        if (offTopic) {
            return Band.OFF_TOPIC;
        }
        if (pitfallsDominate) {
            return Band.WRONG;
        }
        if (score >= STRONG) {
            return Band.STRONG;
        }
        return score >= PARTIAL ? Band.PARTIAL : Band.WEAK;
    }

    /** Scores are shown with one decimal. */
    public static double round(double score) {
        return Math.round(Math.max(0, Math.min(10, score)) * 10) / 10.0;
    }
}
