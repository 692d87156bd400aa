package dev.interviewer.interview.report;

import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.QuestionProgress;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.Phrasebook;
import dev.interviewer.interview.phrasing.Pricing;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.VoiceSummary;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link Report} of an interview, finished or not. */
public final class ReportBuilder {
    /** Questions scoring below this are listed for review. */
    public static final double REVIEW_BELOW = 7.0;

    private final Pricing pricing;
    private final Function<String, List<QuestionRequirement>> requirements;

    /** Reports of interviews over topics only, without prices. */
    public ReportBuilder() {
        this(Pricing.NONE, id -> List.of());
    }

    /**
     * @param pricing      what the model's tokens cost, for the estimate
     * @param requirements the requirement of each question of a targeted interview, by interview id
     */
    public ReportBuilder(Pricing pricing, Function<String, List<QuestionRequirement>> requirements) {
        this.pricing = pricing;
        this.requirements = requirements;
    }

    public Report build(Interview interview) {
        List<Report.QuestionReport> questions = new ArrayList<>();
        TokenUsage usage = TokenUsage.NONE;
        int fallbacks = 0;
        for (QuestionProgress q : interview.questions()) {
            questions.add(question(interview, q));
            usage = usage.plus(q.usage());
            fallbacks += (int) q.turns().stream()
                    .filter(t -> t.prompt().fallback() || (t.grade() != null && t.grade().fallback())).count();
        }
        List<Report.QuestionReport> scored = questions.stream().filter(Report.QuestionReport::scored).toList();
        return new Report(interview.id(), interview.stored().status(), interview.config(),
                interview.stored().createdAt(), interview.stored().finishedAt(), overall(interview),
                scored.size(), interview.totalQuestions(), questions, topics(scored), review(interview), usage,
                pricing.cost(usage), fallbacks, voice(interview),
                RequirementScores.of(requirements.apply(interview.id()), questions));
    }

    /** How the spoken answers went, over every answered turn; null when none was spoken. */
    private static VoiceSummary voice(Interview interview) {
        List<Turn> answered = interview.stored().turns().stream().filter(t -> !t.answer().isEmpty()).toList();
        List<Delivery> spoken = answered.stream().map(Turn::delivery).filter(Objects::nonNull).toList();
        return VoiceSummary.of(spoken, answered.size());
    }

    /** Mean score of the questions that got an answer or a skip; 0 when none did. */
    public double overall(Interview interview) {
        return round(interview.questions().stream().filter(QuestionProgress::scored)
                .mapToDouble(QuestionProgress::score).average().orElse(0));
    }

    private Report.QuestionReport question(Interview interview, QuestionProgress q) {
        Optional<Card> card = interview.card(q.cardId());
        List<Report.TurnReport> turns = q.turns().stream().map(ReportBuilder::turn).toList();
        List<Report.PointReport> covered = q.coveredPoints().stream().map(k -> point(q, k)).toList();
        List<Report.PointReport> missed = q.missedPoints().stream().map(k -> point(q, k)).toList();
        return new Report.QuestionReport(q.number(), q.cardId(), card.map(Card::title).orElse(q.cardId()),
                card.map(Card::topic).orElse(""), card.map(Card::source).orElse(""), q.score(), q.scored(),
                q.skipped(), turns, covered, missed, card.map(Card::reference).orElse(""));
    }

    private static Report.TurnReport turn(Turn t) {
        Grade g = t.grade();
        return new Report.TurnReport(t.index(), t.kind(), t.prompt().text(), t.answer(), t.status(),
                g == null ? null : g.score(), g == null ? null : g.band(), g == null ? "" : g.feedback(),
                t.targets(), t.hints().stream().map(Hint::keyPoint).toList(), t.prompt().engine(),
                t.prompt().fallback() || (g != null && g.fallback()), t.prompt().usage().plus(t.gradingUsage()),
                t.delivery());
    }

    private static Report.PointReport point(QuestionProgress q, KeyPoint k) {
        String evidence = q.turns().stream().filter(t -> t.grade() != null)
                .flatMap(t -> t.grade().covered().stream())
                .filter(c -> c.number() == k.number())
                .max(Comparator.comparingDouble(CoveredPoint::credit))
                .map(CoveredPoint::evidence).orElse("");
        return new Report.PointReport(k.number(), k.text(), k.weight(), q.hintedPoints().contains(k.number()),
                evidence);
    }

    private static List<Report.TopicScore> topics(List<Report.QuestionReport> scored) {
        Map<String, List<Report.QuestionReport>> byTopic = scored.stream()
                .collect(Collectors.groupingBy(Report.QuestionReport::topic, LinkedHashMap::new,
                        Collectors.toList()));
        return byTopic.entrySet().stream()
                .map(e -> new Report.TopicScore(e.getKey(),
                        round(e.getValue().stream().mapToDouble(Report.QuestionReport::score).average().orElse(0)),
                        e.getValue().size()))
                .toList();
    }

    private static List<Report.ReviewItem> review(Interview interview) {
        Phrasebook words = Phrasebook.of(interview.config().language());
        List<Report.ReviewItem> items = new ArrayList<>();
        for (QuestionProgress q : interview.questions()) {
            if (!q.scored() || (q.score() >= REVIEW_BELOW && q.hintedPoints().isEmpty())) {
                continue;
            }
            Optional<Card> card = interview.card(q.cardId());
            items.add(new Report.ReviewItem(q.cardId(), card.map(Card::title).orElse(q.cardId()),
                    card.map(Card::source).orElse(""), q.score(),
                    reason(q, words, "en".equals(interview.config().language()))));
        }
        items.sort(Comparator.comparingDouble(Report.ReviewItem::score));
        return items;
    }

    /**
     * Why a question is listed, in the interview's language, naming the key points rather than their numbers (an
     * English interview shows a point's English gloss when the notes give one).
     */
    private static String reason(QuestionProgress q, Phrasebook words, boolean english) {
        if (q.skipped()) {
            return words.skippedLabel();
        }
        List<String> missed = q.missedPoints().stream().map(k -> label(k, english)).toList();
        if (missed.isEmpty()) {
            List<String> hinted = q.hintedPoints().stream().map(n -> pointText(q, n, english)).toList();
            return words.hintedReason().replace("{points}", String.join(words.pointSeparator(), hinted));
        }
        return words.missedReason().replace("{points}", String.join(words.pointSeparator(), missed));
    }

    // A hint recorded against a point the notes no longer have still shows, by its number.
    private static String pointText(QuestionProgress q, int number, boolean english) {
        return q.points().stream().filter(k -> k.number() == number).map(k -> label(k, english)).findFirst()
                .orElse("#" + number);
    }

    private static String label(KeyPoint point, boolean english) {
        return english && !point.english().isBlank() ? point.english() : point.text();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
