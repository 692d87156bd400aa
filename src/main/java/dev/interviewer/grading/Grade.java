package dev.interviewer.grading;

import java.util.List;
import java.util.Objects;

/**
 * The one shape every grader returns. Build one with {@link #builder(double, Band)}.
 *
 * @param cardId   the card graded against, empty when no card matched the question
 * @param matched  false when retrieval found no card close enough to grade against
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
        Engine engine,
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

    /** A grade with this score and band; everything else empty, graded offline against a matched card. */
    public static Builder builder(double score, Band band) {
        return new Builder(score, band);
    }

    public Grade withLatency(long millis) {
        return toBuilder().latencyMs(millis).build();
    }

    public Grade asFallback() {
        return toBuilder().fallback(true).build();
    }

    public Builder toBuilder() {
        return builder(score, band).covered(covered).missed(missed).pitfalls(pitfalls).feedback(feedback)
                .references(references).engine(engine).fallback(fallback).latencyMs(latencyMs).card(cardId, matched);
    }

    /** Names the parts of a {@link Grade}; the record checks them when it is built. */
    public static final class Builder {
        private double score;
        private Band band;
        private List<CoveredPoint> covered = List.of();
        private List<MissedPoint> missed = List.of();
        private List<PitfallHit> pitfalls = List.of();
        private String feedback = "";
        private List<Reference> references = List.of();
        private Engine engine = Engine.OFFLINE;
        private boolean fallback;
        private long latencyMs;
        private String cardId = "";
        private boolean matched = true;

        private Builder(double score, Band band) {
            this.score = score;
            this.band = band;
        }

        public Builder score(double value) {
            this.score = value;
            return this;
        }

        public Builder band(Band value) {
            this.band = value;
            return this;
        }

        public Builder covered(List<CoveredPoint> value) {
            this.covered = value;
            return this;
        }

        public Builder missed(List<MissedPoint> value) {
            this.missed = value;
            return this;
        }

        public Builder pitfalls(List<PitfallHit> value) {
            this.pitfalls = value;
            return this;
        }

        public Builder feedback(String value) {
            this.feedback = value;
            return this;
        }

        public Builder references(List<Reference> value) {
            this.references = value;
            return this;
        }

        public Builder engine(Engine value) {
            this.engine = value;
            return this;
        }

        public Builder fallback(boolean value) {
            this.fallback = value;
            return this;
        }

        public Builder latencyMs(long value) {
            this.latencyMs = value;
            return this;
        }

        /** The card graded against; {@code matched} is false when no card matched the question. */
        public Builder card(String id, boolean isMatched) {
            this.cardId = id;
            this.matched = isMatched;
            return this;
        }

        public Grade build() {
            return new Grade(score, band, covered, missed, pitfalls, feedback, references, engine, fallback, latencyMs,
                    cardId, matched);
        }
    }
}
