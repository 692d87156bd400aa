package dev.interviewer.retrieval;

/**
 * How the ranked lists (BM25 over the card texts; the card and passage vectors of the bge model; on English cards,
 * the same two lists of the English model, for an English query or for the English names of the concepts another
 * query mentions) become one score in 0-1. Reciprocal rank
 * fusion orders well but only relative to the other candidates: the top card of an off-topic query still ranks
 * first everywhere. So the score is the card's absolute evidence (its cosine similarity to the query, a blend of
 * summary and best passage rescaled from the model's {@link CosineRange}, the English model's when it saw the card,
 * blended with the share of the query's terms, weighted by rarity, that the card contains)
 * discounted by how far down the fused ranking it sits. The top score then says whether anything matched at all.
 *
 * @param rrfK           reciprocal rank fusion constant: larger flattens the rank differences
 * @param lexicalList    weight of the BM25 list in the fusion
 * @param cardList       weight of the card-vector list
 * @param passageList    weight of the passage-vector list
 * @param englishLists   weight of the English model's card and passage lists, relative to the bge ones
 * @param rankWeight     0-1: how much a card below the top of the fused ranking is discounted
 * @param denseWeight    weight of the best cosine similarity in the evidence
 * @param coverageWeight weight of the query-term coverage in the evidence
 * @param passageShare   0-1: how much the best passage cosine, rather than the card-summary cosine, counts
 * @param bge            the cosines of the bge model that count as nothing and as a perfect match
 * @param english        the same for the English model
 */
public record Fusion(double rrfK, double lexicalList, double cardList, double passageList, double englishLists,
                     double rankWeight, double denseWeight, double coverageWeight, double passageShare,
                     CosineRange bge, CosineRange english) {

    /**
     * Tuned on the retrieval dev set as it was then (55 cards, 106 queries, 12 off-topic; a grid over every
     * parameter but the cosine range): sharp rank fusion (k = 3), BM25 weighted highest, the score fully
     * discounted by rank. Leave-one-file-out cross-validation gave MRR 0.928 on held-out files against 0.901 for
     * the untuned start. Checked again on the grown set (74 cards, 135 queries, three notes files that did not
     * exist when it was tuned): MRR 0.929, recall@3 0.993, and re-tuning per fold no longer helps (0.927).
     * bge scores are compressed (an unrelated sentence still scores about 0.2-0.45); MiniLM's spread wider.
     * The English lists (weight 3 and the MiniLM cosine range 0.25-0.80) were chosen on the two plain-notes dev
     * corpora (docs/grading.md): the English one went from recall@3 0.750 / MRR 0.633 to 0.925 / 0.825, the
     * Chinese one, with English cards and queries among its others, from 0.900 / 0.833 to 0.900 / 0.850. The
     * same weight for the lists of a Chinese query's concept names took the English corpus from 0.925 / 0.825 to
     * 0.950 / 0.863 (weights 3-5 measured the same, 1-2 less), the Chinese one unchanged at 0.950 / 0.888. The
     * bundled notes are Chinese, so none of it applies to them.
     */
    public static final Fusion DEFAULT = new Fusion(3, 2.0, 1.0, 0.5, 3.0, 1.0, 0.4, 0.6, 0.7,
            new CosineRange(0.45, 0.85), new CosineRange(0.25, 0.80));

    public Fusion {
        if (rrfK <= 0 || lexicalList < 0 || cardList < 0 || passageList < 0 || englishLists < 0
                || lexicalList + cardList + passageList == 0) {
            throw new IllegalArgumentException("rrfK must be > 0 and list weights >= 0, not all 0");
        }
        if (rankWeight < 0 || rankWeight > 1) {
            throw new IllegalArgumentException("rankWeight must be 0-1: " + rankWeight);
        }
        if (denseWeight < 0 || coverageWeight < 0 || denseWeight + coverageWeight == 0) {
            throw new IllegalArgumentException("evidence weights must be >= 0, not both 0");
        }
        if (passageShare < 0 || passageShare > 1) {
            throw new IllegalArgumentException("passageShare must be 0-1: " + passageShare);
        }
    }

    /** The cosines at or below which a vector match counts as nothing, and at or above which as perfect. */
    public record CosineRange(double floor, double ceiling) {
        public CosineRange {
            if (!(floor < ceiling)) {
                throw new IllegalArgumentException("the cosine floor must be below the ceiling: " + floor + " "
                        + ceiling);
            }
        }

        double scaled(double cosine) {
            return clamp((cosine - floor) / (ceiling - floor));
        }
    }

    /** What one model's two vector lists said about a candidate; a rank of 0 means not in that list. */
    record Dense(int cardRank, int passageRank, double cardCosine, double passageCosine) {
        /** The model did not look at the candidate (a Chinese card, or a query that is not English). */
        static final Dense NONE = new Dense(0, 0, 0, 0);
    }

    /** The score in 0-1 of a candidate that the English model did not see. */
    double score(int lexicalRank, Dense bgeDense, double coverage) {
        return score(lexicalRank, bgeDense, Dense.NONE, coverage);
    }

    /**
     * The score in 0-1 of one candidate. When the English model saw it (an English query, an English card), its
     * lists count in the fused rank, and its best possible rank counts them too: a Chinese card, which they never
     * hold, is neither helped nor penalised by them.
     */
    double score(int lexicalRank, Dense bgeDense, Dense englishDense, double coverage) {
        return score(lexicalRank, bgeDense, englishDense, false, coverage);
    }

    /**
     * As above; {@code renderedQuery}: the English model embedded only the English names of the concepts a query in
     * another language mentions. Its lists still rank the English cards, but its cosine to a bag of names says
     * little about how well a card answers the question, so bge's cosine stays the evidence.
     */
    double score(int lexicalRank, Dense bgeDense, Dense englishDense, boolean renderedQuery, double coverage) {
        boolean english = englishDense != Dense.NONE;
        double englishWeight = english ? englishLists : 0;
        double best = (lexicalList + (cardList + passageList) * (1 + englishWeight)) / (rrfK + 1);
        double rrf = rrf(lexicalList, lexicalRank) + rrf(cardList, bgeDense.cardRank())
                + rrf(passageList, bgeDense.passageRank()) + rrf(cardList * englishWeight, englishDense.cardRank())
                + rrf(passageList * englishWeight, englishDense.passageRank());
        // bge's cosines on English are compressed and unreliable (a wrong card 0.82, the right one 0.75): where
        // the English model saw the card, its cosine alone is the evidence.
        double dense = english && !renderedQuery ? this.english.scaled(cosine(englishDense))
                : bge.scaled(cosine(bgeDense));
        double evidence = (denseWeight * dense + coverageWeight * clamp(coverage)) / (denseWeight + coverageWeight);
        return evidence * (1 - rankWeight + rankWeight * rrf / best);
    }

    private double cosine(Dense lists) {
        return passageShare * lists.passageCosine() + (1 - passageShare) * lists.cardCosine();
    }

    private double rrf(double weight, int rank) {
        return rank <= 0 ? 0 : weight / (rrfK + rank);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
