package dev.interviewer.grading;

import dev.interviewer.grading.AnswerReader.Reading;
import dev.interviewer.grading.CardProfile.PointProfile;
import dev.interviewer.grading.CardVectors.Space;
import dev.interviewer.grading.CoverageScorer.PitfallMatch;
import dev.interviewer.grading.CoverageScorer.PointCredit;
import dev.interviewer.grading.FeedbackWriter.Verdict;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.ThinNotes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The embedded grader: key-point coverage measured clause by clause with bge-small-zh embeddings and lexical
 * overlap, asserted pitfalls, and off-topic, empty and keyword-only answers recognised. No network.
 */
public final class OfflineGrader implements Grader {
    public static final Engine ENGINE = Engine.OFFLINE;
    private static final int RIVALS = 2;
    // A card with fewer key points than a derived card starts from (a note of a line or two) is covered by any answer
    // that shares its few words: covering it shows little about which question the answer is about.
    private static final int MIN_RIVAL_POINTS = 3;
    private static final double DONT_KNOW_MAX_CHARS = 80;
    private static final double DONT_KNOW_MAX_COVERAGE = 0.15;
    private static final double KEYWORD_SCORE = 0.5;
    private static final double PITFALLS_DOMINATE = 0.5;
    private static final double CLOSER_TOPIC = 0.03;
    // Below this a covered point is named as only partly covered in the feedback.
    private static final double FULL_CREDIT = 0.7;
    private static final double NEAR_SHARE = 0.4;
    private static final double SUBJECT_NAMED = 0.5;
    private static final double PLAIN_FULL_COVERAGE = 0.85;
    private static final double BEYOND_COVERAGE = 0.5;
    private static final int BEYOND_MIN_CHARS = 8;
    private static final int BEYOND_ITEMS = 2;

    private final CardVectors vectors;
    private final Supplier<KnowledgeBase> knowledge;
    private final Calibration calibration;
    private final AnswerReader reader;

    public OfflineGrader(CardVectors vectors, Supplier<KnowledgeBase> knowledge, Calibration calibration) {
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.reader = new AnswerReader(vectors);
    }

    public OfflineGrader(CardVectors vectors, Supplier<KnowledgeBase> knowledge) {
        this(vectors, knowledge, Calibration.defaults());
    }

    @Override
    public Grade grade(GradeRequest request) {
        long start = System.nanoTime();
        Grade grade = assess(request);
        return grade.withLatency((System.nanoTime() - start) / 1_000_000);
    }

    /** Embeds the draft's clauses in the background: the sent answer then embeds only what changed. */
    @Override
    public void readAhead(String draft) {
        if (draft != null && !draft.isBlank()) {
            vectors.readAhead(AnswerReader.clauses(draft));
        }
    }

    private Grade assess(GradeRequest request) {
        Card card = request.card();
        List<PointProfile> points = targetPoints(request, vectors.profile(card).keyPoints());
        if (request.answer().isBlank()) {
            return unscored(request, points, Verdict.EMPTY, 0);
        }
        Reading reading = reader.read(request.answer(), card, request.question());
        if (reading.clauses().isEmpty() || !reading.anyStatement() && saysOnlyDontKnow(request.answer())) {
            return unscored(request, points, Verdict.EMPTY, 0);
        }
        if (!reading.anyStatement()) {
            return unscored(request, points, Verdict.KEYWORDS, KEYWORD_SCORE);
        }
        return gradeStatements(request, points, reading);
    }

    private Grade gradeStatements(GradeRequest request, List<PointProfile> points, Reading reading) {
        Card card = request.card();
        Space space = vectors.space(knowledge.get());
        CoverageScorer scorer = new CoverageScorer(calibration, space.weights());
        CardProfile profile = vectors.profile(card);
        List<PitfallMatch> pitfalls = scorer.pitfalls(profile.pitfalls(), profile.keyPoints(), reading.units());
        List<PointCredit> credits = credits(scorer, points, reading, pitfalls);
        double coverage = CoverageScorer.coverage(credits);
        if (pitfalls.isEmpty() && coverage < DONT_KNOW_MAX_COVERAGE && saysOnlyDontKnow(request.answer())) {
            return unscored(request, points, Verdict.EMPTY, 0);
        }
        // An answer asserting this card's known wrong claims is on topic, just wrong; one that names what the
        // question is about is on topic too, even where it goes beyond a thin note.
        boolean onSubject = namesSubject(card, reading, space.weights());
        Card rival = pitfalls.isEmpty() && !onSubject ? offTopicRival(card, reading, coverage, space, scorer) : null;
        boolean offTopic = pitfalls.isEmpty() && !onSubject
                && (rival != null || unrelated(card, reading.clauses(), coverage));
        // Points derived from plain notes include incidental claims no interviewer would insist on: most of
        // them is a full answer. Annotated points were chosen as essential and count in full.
        double full = isPlain(card) ? PLAIN_FULL_COVERAGE : 1;
        double score = Math.min(10, 10 * coverage / full) - calibration.pitfallPenalty() * pitfalls.size();
        double rounded = Bands.round(offTopic ? Math.min(score, calibration.offTopicCap()) : score);
        List<PitfallHit> hits = pitfalls.stream().map(p -> new PitfallHit(p.pitfall().pitfall().claim(),
                p.pitfall().pitfall().correction(), p.evidence().text())).toList();
        Band band = Bands.of(rounded, false, offTopic, !hits.isEmpty() && coverage < PITFALLS_DOMINATE);
        // Plain notes say less than a good answer can: what the answer adds on the subject is named, not scored.
        List<String> beyond = !offTopic && hits.isEmpty() && isPlain(card) && onSubject
                && (ThinNotes.isThin(card) || coverage < BEYOND_COVERAGE)
                ? beyond(reading, credits, vectors.profile(card).subject()) : List.of();
        return build(request, rounded, band, credits, hits, offTopic ? Verdict.OFF_TOPIC : Verdict.GRADED, rival,
                beyond);
    }

    /**
     * Whether the answer is about what the question asks: it uses most of the title's own words ("LoRA" for "What
     * is LoRA", "pooling" for "Pooling layer (in Chinese and English)") or a glossary concept the title names.
     */
    private boolean namesSubject(Card card, Reading reading, TermWeights weights) {
        Set<String> said = new HashSet<>();
        reading.clauses().forEach(c -> said.addAll(c.features().terms()));
        Set<String> subject = vectors.profile(card).subject();
        if (subject.isEmpty()) {
            return false;
        }
        boolean concept = subject.stream().anyMatch(t -> t.startsWith(TextFeatures.CONCEPT) && said.contains(t));
        return concept || weights.recall(said, subject) >= SUBJECT_NAMED;
    }

    /** Notes nobody annotated: no pitfalls and no glossed key points (they were derived from the prose). */
    private static boolean isPlain(Card card) {
        return card.pitfalls().isEmpty() && card.keyPoints().stream().allMatch(k -> k.english().isBlank());
    }

    /** Statements of the answer about the subject that earned no key point: what it says beyond the note. */
    private static List<String> beyond(Reading reading, List<PointCredit> credits, Set<String> subject) {
        Set<AnswerClause> used = new HashSet<>();
        credits.stream().map(PointCredit::evidence).filter(Objects::nonNull).forEach(used::add);
        return reading.clauses().stream().filter(AnswerClause::statement)
                .filter(c -> c.features().terms().stream().anyMatch(subject::contains))
                .filter(c -> used.stream().noneMatch(c::overlaps)).map(AnswerClause::text)
                .filter(t -> t.codePointCount(0, t.length()) >= BEYOND_MIN_CHARS).limit(BEYOND_ITEMS).toList();
    }

    /**
     * Each point's credit; a clause asserting a wrong claim earns nothing for the points it resembles, and the
     * points an asserted claim contradicts earn nothing at all.
     */
    private static List<PointCredit> credits(CoverageScorer scorer, List<PointProfile> points, Reading reading,
            List<PitfallMatch> pitfalls) {
        List<AnswerClause> asserting = pitfalls.stream().map(PitfallMatch::evidence).toList();
        Set<Integer> forfeited = new HashSet<>();
        pitfalls.forEach(p -> forfeited.addAll(p.pitfall().contradicts()));
        return scorer.credits(points, reading.units(), asserting).stream()
                .map(c -> forfeited.contains(c.point().point().number()) ? new PointCredit(c.point(), 0, null) : c)
                .toList();
    }

    private static List<PointProfile> targetPoints(GradeRequest request, List<PointProfile> all) {
        List<PointProfile> targets = all.stream()
                .filter(p -> request.targetKeyPoints().contains(p.point().number())).toList();
        // Targets that name no key point of this card fall back to all of them rather than grading nothing.
        return targets.isEmpty() ? all : targets;
    }

    private static boolean saysOnlyDontKnow(String answer) {
        return TextSignals.squeeze(answer).length() <= DONT_KNOW_MAX_CHARS && TextSignals.saysDontKnow(answer);
    }

    /**
     * The card this answer really answers, when it covers that card's key points clearly better than this
     * card's: a right answer to a neighbouring question is not a partial answer to this one.
     */
    private Card offTopicRival(Card card, Reading reading, double coverage, Space space, CoverageScorer scorer) {
        List<AnswerClause> clauses = reading.clauses();
        float[] answer = answerVector(clauses);
        double own = topicSimilarity(answer, vectors.summary(card), clauses);
        List<Integer> order = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (int i = 0; i < space.cards().size(); i++) {
            if (space.cards().get(i).id().equals(card.id())) {
                sims.add(Double.NEGATIVE_INFINITY);
            } else {
                sims.add(topicSimilarity(answer, space.summaries().get(i), clauses));
            }
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(sims.get(b), sims.get(a)));
        for (int rank = 0; rank < Math.min(RIVALS, order.size()); rank++) {
            int i = order.get(rank);
            if (sims.get(i) <= own) {
                break;
            }
            Card other = space.cards().get(i);
            if (other.keyPoints().size() < MIN_RIVAL_POINTS) {
                continue;
            }
            double theirs = CoverageScorer.coverage(
                    scorer.credits(vectors.profile(other).keyPoints(), reading.units(), List.of()));
            // Clearly more of the other card's points, or somewhat more and clearly closer in topic.
            boolean closer = sims.get(i) >= own + CLOSER_TOPIC;
            if (theirs >= coverage + calibration.offTopicMargin()
                    || closer && theirs >= coverage + calibration.offTopicMargin() * NEAR_SHARE) {
                return other;
            }
        }
        return null;
    }

    private boolean unrelated(Card card, List<AnswerClause> clauses, double coverage) {
        return coverage < 0.2
                && topicSimilarity(answerVector(clauses), vectors.summary(card), clauses) < calibration.unrelatedMax();
    }

    private static float[] answerVector(List<AnswerClause> clauses) {
        return Vectors.centroid(clauses.stream().map(AnswerClause::vector).toList());
    }

    private double topicSimilarity(float[] answer, CardVectors.Summary summary, List<AnswerClause> clauses) {
        boolean english = clauses.stream().filter(c -> !c.cjk()).count() * 2 > clauses.size();
        double zh = Vectors.cosine(answer, summary.zh()) + (english ? calibration.crossLanguage() : 0);
        double en = summary.en() == null ? 0 : Vectors.cosine(answer, summary.en())
                + (english ? 0 : calibration.crossLanguage());
        return Math.max(zh, en);
    }

    private Grade unscored(GradeRequest request, List<PointProfile> points, Verdict verdict, double score) {
        List<PointCredit> none = points.stream().map(p -> new PointCredit(p, 0, null)).toList();
        Band band = verdict == Verdict.EMPTY ? Band.EMPTY : Bands.of(score, false, false, false);
        return build(request, score, band, none, List.of(), verdict, null, List.of());
    }

    private Grade build(GradeRequest request, double score, Band band, List<PointCredit> credits,
            List<PitfallHit> hits, Verdict verdict, Card rival, List<String> beyond) {
        List<CoveredPoint> covered = new ArrayList<>();
        List<MissedPoint> missed = new ArrayList<>();
        List<KeyPoint> full = new ArrayList<>();
        List<KeyPoint> partly = new ArrayList<>();
        List<KeyPoint> none = new ArrayList<>();
        for (PointCredit c : credits) {
            KeyPoint p = c.point().point();
            if (c.credit() > 0 && (verdict == Verdict.GRADED || verdict == Verdict.OFF_TOPIC)) {
                double credit = Math.max(0.01, Math.round(c.credit() * 100) / 100.0);
                covered.add(new CoveredPoint(p.number(), p.text(), p.weight(), c.evidence().text(), credit));
                (credit >= FULL_CREDIT ? full : partly).add(p);
            } else {
                missed.add(new MissedPoint(p.number(), p.text(), p.weight()));
                none.add(p);
            }
        }
        String feedback = new FeedbackWriter(request.card(), request.language())
                .write(verdict, new FeedbackWriter.Outcome(full, partly, none, beyond), hits, rival);
        return Grade.builder(score, band).covered(covered).missed(missed).pitfalls(hits).feedback(feedback)
                .references(CardReferences.of(request.card())).engine(ENGINE).card(request.card().id(), true).build();
    }
}
