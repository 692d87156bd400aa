package dev.interviewer.interview.model;

import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.KeyPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One main question and its follow-ups, and what they add up to. A key point's credit is the best any turn earned
 * for it, halved when it was hinted before that answer; the question's score is the main answer's grade plus the
 * weighted credit the follow-ups added (or minus what hints took away), so the grader's judgement of the main
 * answer (pitfalls, band) stands and follow-ups can only fill in what it missed.
 */
public final class QuestionProgress {
    /** A key point counts as covered from this credit on (a hinted point, covered, earns exactly this). */
    public static final double COVERED_CREDIT = 0.5;

    private final int number;
    private final List<KeyPoint> points;
    private final List<Turn> turns;
    private final Map<Integer, Double> credits = new LinkedHashMap<>();

    /**
     * @param points the card's key points; when the card is gone from the notes, the main grade's points stand in
     */
    public QuestionProgress(int number, List<KeyPoint> points, List<Turn> turns) {
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("question " + number + " has no turns");
        }
        this.number = number;
        this.turns = List.copyOf(turns);
        this.points = points.isEmpty() ? pointsFromGrade(this.turns.get(0).grade()) : List.copyOf(points);
        computeCredits();
    }

    public int number() {
        return number;
    }

    public String cardId() {
        return turns.get(0).cardId();
    }

    public List<Turn> turns() {
        return turns;
    }

    public List<KeyPoint> points() {
        return points;
    }

    public Turn mainTurn() {
        return turns.get(0);
    }

    public Turn lastTurn() {
        return turns.get(turns.size() - 1);
    }

    /** True once the main question has an outcome: only such questions have a score. */
    public boolean scored() {
        return mainTurn().status().closed();
    }

    public boolean skipped() {
        return mainTurn().status() == TurnStatus.SKIPPED;
    }

    /** Effective credit 0-1 of a key point over all turns so far. */
    public double credit(int keyPoint) {
        return credits.getOrDefault(keyPoint, 0.0);
    }

    public boolean covered(int keyPoint) {
        return credit(keyPoint) >= COVERED_CREDIT;
    }

    public List<KeyPoint> coveredPoints() {
        return points.stream().filter(k -> covered(k.number())).toList();
    }

    public List<KeyPoint> missedPoints() {
        return points.stream().filter(k -> !covered(k.number())).toList();
    }

    /** Weighted share of the key points covered, 0-1. */
    public double coverage() {
        double total = totalWeight();
        if (total == 0) {
            return scored() && mainTurn().grade().score() >= 8 ? 1 : 0;
        }
        return points.stream().mapToDouble(k -> k.weight() * credit(k.number())).sum() / total;
    }

    /** Points follow-ups have aimed at so far. */
    public Set<Integer> askedTargets() {
        Set<Integer> asked = new LinkedHashSet<>();
        turns.stream().filter(t -> t.kind() == TurnKind.FOLLOW_UP).forEach(t -> asked.addAll(t.targets()));
        return asked;
    }

    public int followUpsUsed() {
        return (int) turns.stream().filter(t -> t.kind() == TurnKind.FOLLOW_UP).count();
    }

    public Set<Integer> hintedPoints() {
        Set<Integer> hinted = new LinkedHashSet<>();
        turns.forEach(t -> t.hints().forEach(h -> hinted.add(h.keyPoint())));
        return hinted;
    }

    /** The question's score 0-10, rounded to one decimal; 0 when skipped or not answered yet. */
    public double score() {
        if (!scored() || skipped()) {
            return 0;
        }
        Grade main = mainTurn().grade();
        double total = totalWeight();
        if (total == 0) {
            return round(main.score());
        }
        double added = 0;
        for (KeyPoint k : points) {
            added += k.weight() * (credit(k.number()) - rawCredit(main, k.number()));
        }
        return round(Math.max(0, Math.min(10, main.score() + 10 * added / total)));
    }

    /** Total tokens the turns used (phrasing and grading). */
    public TokenUsage usage() {
        TokenUsage sum = TokenUsage.NONE;
        for (Turn t : turns) {
            sum = sum.plus(t.prompt().usage()).plus(t.gradingUsage());
        }
        return sum;
    }

    private double totalWeight() {
        return points.stream().mapToDouble(KeyPoint::weight).sum();
    }

    private void computeCredits() {
        Set<Integer> hintedSoFar = new LinkedHashSet<>();
        for (Turn turn : turns) {
            turn.hints().forEach(h -> hintedSoFar.add(h.keyPoint()));
            if (turn.status() != TurnStatus.GRADED) {
                continue;
            }
            for (CoveredPoint c : turn.grade().covered()) {
                double credit = c.credit() * (hintedSoFar.contains(c.number()) ? 0.5 : 1.0);
                credits.merge(c.number(), credit, Math::max);
            }
        }
    }

    private static double rawCredit(Grade grade, int keyPoint) {
        return grade.covered().stream().filter(c -> c.number() == keyPoint).mapToDouble(CoveredPoint::credit)
                .max().orElse(0);
    }

    private static List<KeyPoint> pointsFromGrade(Grade grade) {
        List<KeyPoint> points = new ArrayList<>();
        if (grade == null) {
            return points;
        }
        for (CoveredPoint c : grade.covered()) {
            points.add(new KeyPoint(c.number(), c.text(), "", c.weight()));
        }
        for (MissedPoint m : grade.missed()) {
            points.add(new KeyPoint(m.number(), m.text(), "", m.weight()));
        }
        points.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return points;
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}
