package dev.interviewer.grading;

import dev.interviewer.grading.CardProfile.PitfallProfile;
import dev.interviewer.grading.CardProfile.PointProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores how well answer clauses cover key points and which pitfalls they assert. */
final class CoverageScorer {
    private static final double FULL_CLAIM = 0.8;
    private static final double NAMES_PRESENT = 0.6;
    private static final double OTHER_NAMES = 0.5;
    // How much meaning alone earns across languages without a gloss, per direction (chosen on the plain-notes
    // dev sets, docs/grading.md: 0.6-0.9 tried for each).
    private static final double ENGLISH_ON_CHINESE = 0.75;
    private static final double CHINESE_ON_ENGLISH = 0.6;

    private final Calibration calibration;
    private final TermWeights weights;

    CoverageScorer(Calibration calibration, TermWeights weights) {
        this.calibration = calibration;
        this.weights = weights;
    }

    /** A key point's credit (0-1) and the clause that earned it (null when nothing did). */
    record PointCredit(PointProfile point, double credit, AnswerClause evidence) {
    }

    /** A pitfall the answer asserts, with the clause that asserts it. */
    record PitfallMatch(PitfallProfile pitfall, AnswerClause evidence) {
    }

    /** Each point's credit from its best unit; units sharing a clause with an {@code excluded} one earn nothing. */
    List<PointCredit> credits(List<PointProfile> points, List<AnswerClause> clauses, List<AnswerClause> excluded) {
        List<PointCredit> out = new ArrayList<>();
        for (PointProfile point : points) {
            List<AnswerClause> usable = clauses.stream().filter(c -> excluded.stream().noneMatch(c::overlaps))
                    .toList();
            AnswerClause evidence = best(usable, point);
            double credit = evidence == null ? 0 : credit(match(evidence, point));
            if (!point.parts().isEmpty()) {
                // Each clause of a long point earns its share: stating two of its three claims is most of it.
                double parts = 0;
                for (PointProfile part : point.parts()) {
                    AnswerClause said = best(usable, part);
                    parts += said == null ? 0 : credit(match(said, part));
                }
                parts /= point.parts().size();
                if (parts > credit) {
                    credit = parts;
                    evidence = evidence != null ? evidence : best(usable, point.parts().get(0));
                }
            }
            out.add(credit >= calibration.minCredit() ? new PointCredit(point, credit, evidence)
                    : new PointCredit(point, 0, null));
        }
        return out;
    }

    private AnswerClause best(List<AnswerClause> clauses, PointProfile point) {
        double best = 0;
        AnswerClause evidence = null;
        for (AnswerClause clause : clauses) {
            double m = match(clause, point);
            if (m > best) {
                best = m;
                evidence = clause;
            }
        }
        return evidence;
    }

    private double credit(double match) {
        return Calibration.ramp(match, calibration.creditLow(), calibration.creditHigh());
    }

    /** The weighted share (0-1) of the points' credit. */
    static double coverage(List<PointCredit> credits) {
        double total = credits.stream().mapToDouble(c -> c.point().point().weight()).sum();
        double earned = credits.stream().mapToDouble(c -> c.point().point().weight() * c.credit()).sum();
        return total == 0 ? 0 : earned / total;
    }

    /** Combined embedding and lexical evidence (0-1) that the clause states the key point. */
    double match(AnswerClause clause, PointProfile point) {
        double embedding = Math.max(similarity(clause, point.vector(), point.features()),
                similarity(clause, point.english(), point.englishFeatures()));
        Set<String> terms = clause.features().terms();
        double lexical = Math.max(weights.recall(terms, point.informative()),
                weights.recall(terms, point.informativeEnglish()));
        double words = Calibration.ramp(lexical, calibration.lexicalLow(), calibration.lexicalHigh());
        double meaning = Calibration.ramp(embedding, calibration.embeddingLow(), calibration.embeddingHigh());
        double m;
        if (acrossLanguages(clause, point)) {
            // A Chinese answer to an English note (or the reverse) with no gloss to compare words with: the words
            // that can match are the glossary's concepts ("GPU memory" in both); a point naming none of them has
            // only its meaning to go by, which across languages tells topics apart better than statements.
            Set<String> concepts = point.informative().stream().filter(t -> t.startsWith(TextFeatures.CONCEPT))
                    .collect(java.util.stream.Collectors.toSet());
            // Measured on the plain-notes dev sets: an English clause against a Chinese point can rest on its
            // meaning; a Chinese clause against an English point reads as close to every point on the topic
            // (bge-small-zh), so there the glossary's concepts must back it up.
            boolean meaningSuffices = !clause.cjk();
            m = meaning * (meaningSuffices ? ENGLISH_ON_CHINESE : CHINESE_ON_ENGLISH);
            if (!concepts.isEmpty()) {
                double named = Calibration.ramp(weights.recall(terms, concepts), calibration.lexicalLow(),
                        calibration.lexicalHigh());
                double both = calibration.embeddingShare() * meaning + (1 - calibration.embeddingShare()) * named;
                if (named == 0) {
                    // The lexical gate across languages: close in meaning but naming none of the point's concepts
                    // is usually another statement on the same topic (an English answer otherwise covered the
                    // neighbouring Chinese cards too, and was taken for off-topic).
                    both *= calibration.lexicalGate();
                    m *= calibration.lexicalGate();
                }
                m = meaningSuffices ? Math.max(m, both) : both;
            }
        } else {
            m = calibration.embeddingShare() * meaning + (1 - calibration.embeddingShare()) * words;
            // Similar in topic but sharing none of the point's own words: usually a different statement.
            if (words == 0) {
                m *= calibration.lexicalGate();
            }
        }
        if (!clause.statement()) {
            m *= calibration.fragmentFactor();
        }
        // A sentence about k3 does not state a point about k1 (nor BF16 one about FP16), however alike they read.
        if (TextSignals.namesSibling(clause.names(), point.names())) {
            m *= OTHER_NAMES;
        }
        return m;
    }

    private static boolean acrossLanguages(AnswerClause clause, PointProfile point) {
        return clause.cjk() != point.features().cjk() && point.english() == null;
    }

    /** Pitfalls asserted by a clause that is closer to the wrong claim than to anything correct. */
    List<PitfallMatch> pitfalls(List<PitfallProfile> pitfalls, List<PointProfile> points,
            List<AnswerClause> clauses) {
        List<PitfallMatch> out = new ArrayList<>();
        for (PitfallProfile pitfall : pitfalls) {
            AnswerClause best = null;
            double bestMargin = calibration.pitfallMargin();
            for (AnswerClause clause : clauses) {
                // A claim the clause denies is not asserted; a bare term list asserts nothing.
                if (!clause.statement() || clause.negated() != pitfall.features().negated()) {
                    continue;
                }
                double claim = Math.max(similarity(clause, pitfall.vector(), pitfall.features()),
                        similarity(clause, pitfall.english(), pitfall.englishFeatures()));
                if (claim < calibration.pitfallMin() || !saysWhatIsWrong(clause, pitfall)) {
                    continue;
                }
                double margin = claim - correctSimilarity(clause, pitfall, points);
                if (margin > bestMargin) {
                    bestMargin = margin;
                    best = clause;
                }
            }
            if (best != null) {
                out.add(new PitfallMatch(pitfall, best));
            }
        }
        return out;
    }

    private boolean saysWhatIsWrong(AnswerClause clause, PitfallProfile pitfall) {
        String claim = pitfall.pitfall().claim();
        if (TextSignals.opposes(clause.text(), claim) || clause.cjk() && !namesTheSame(clause.sentence(), claim)) {
            return false;
        }
        // Either language of the claim may be the one the answer speaks.
        return statesWrongPart(clause, pitfall.features(), pitfall.distinctive(), pitfall.content())
                || pitfall.englishFeatures() != null && statesWrongPart(clause, pitfall.englishFeatures(),
                        pitfall.distinctiveEnglish(), pitfall.contentEnglish());
    }

    /**
     * Whether the clause has the claim's distinctive terms, among them at least one of its content words (sharing
     * "is there to" or the name exp with "dividing by sqrt(d) is there to prevent overflow in exp" is not saying
     * it); for a claim made only of on-topic words ("k2 is unbiased" next to "k3 unbiased") nearly all of its terms,
     * the subject possibly in another clause ("DPO ..., needs no reference model").
     */
    private boolean statesWrongPart(AnswerClause clause, TextFeatures claim, Set<String> distinctive,
            Set<String> content) {
        Set<String> terms = clause.features().terms();
        if (!distinctive.isEmpty()) {
            return weights.recall(terms, distinctive) >= calibration.pitfallLexical()
                    && (content.isEmpty() || content.stream().anyMatch(terms::contains));
        }
        Set<String> withSubject = new HashSet<>(terms);
        clause.names().forEach(n -> withSubject.addAll(List.of("w:" + n, "b:" + n)));
        return weights.recall(withSubject, claim.terms()) >= FULL_CLAIM;
    }

    // A Chinese claim about PPO or k2 is not asserted by a sentence that never names PPO or k2.
    private static boolean namesTheSame(String clause, String claim) {
        Set<String> names = TextSignals.names(claim);
        if (names.isEmpty()) {
            return true;
        }
        Set<String> present = TextSignals.names(clause);
        long found = names.stream().filter(present::contains).count();
        return found >= NAMES_PRESENT * names.size();
    }

    private double correctSimilarity(AnswerClause clause, PitfallProfile pitfall, List<PointProfile> points) {
        double best = Vectors.cosine(clause.vector(), pitfall.correction());
        for (PointProfile point : points) {
            best = Math.max(best, Math.max(similarity(clause, point.vector(), point.features()),
                    similarity(clause, point.english(), point.englishFeatures())));
        }
        return best;
    }

    /** Cosine, raised for pairs in different languages, whose cosines run lower for the same meaning. */
    double similarity(AnswerClause clause, float[] vector, TextFeatures features) {
        if (vector == null) {
            return 0;
        }
        double cos = Vectors.cosine(clause.vector(), vector);
        return clause.cjk() == features.cjk() ? cos : cos + calibration.crossLanguage();
    }
}
