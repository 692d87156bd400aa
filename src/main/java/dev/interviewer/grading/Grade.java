package dev.interviewer.grading;

import java.util.List;
import java.util.Objects;

/**
 * The one shape every grader returns.
 *
 * @param cardId   the card graded against, empty when no card matched the question
 * @param matched  false when retrieval found no card close enough to grade against
 * @param engine   "offline" or "llm"
 * @param fallback true when the LLM failed and the offline engine graded instead
 */
public record Grade(
        double score,
        Band band,
        List<CoveredPoint> covered,
        List<MissedPoint> missed,
        List<PitfallHit> pitfalls,
        String feedback,
        List<Reference> references,
        String engine,
        boolean fallback,
        long latencyMs,
        String cardId,
        boolean matched) {

    public Grade {
        if (!(score >= 0 && score <= 10)) {
            throw new IllegalArgumentException("score must be 0-10: " + score);
        }
        Objects.requireNonNull(band, "band");
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
        pitfalls = List.copyOf(pitfalls);
        feedback = feedback == null ? "" : feedback;
        references = List.copyOf(references);
        Objects.requireNonNull(engine, "engine");
        cardId = cardId == null ? "" : cardId;
    }

    public Grade withLatency(long millis) {
        return new Grade(score, band, covered, missed, pitfalls, feedback, references, engine, fallback, millis,
                cardId, matched);
    }

    public Grade asFallback() {
        return new Grade(score, band, covered, missed, pitfalls, feedback, references, engine, true, latencyMs,
                cardId, matched);
    }
}
