package dev.interviewer.interview.model;

import dev.interviewer.grading.Band;
import dev.interviewer.knowledge.KeyPoint;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, in code and never from model text, whether to follow up: while the budget lasts and the question is
 * not yet covered, ask about the most important missed key point not asked about yet. Move on when the weighted
 * coverage reaches {@link #COVERED}, the budget is spent, every missed point has been asked about, the turn was
 * skipped, or the candidate answered a follow-up with nothing.
 */
public final class FollowUpPolicy {
    /** Weighted coverage from which a question counts as answered well enough to move on (standard style). */
    public static final double COVERED = 0.8;

    private final double coveredEnough;

    public FollowUpPolicy() {
        this(COVERED);
    }

    /** A policy that stops following up from this weighted coverage (the interview style's depth). */
    public FollowUpPolicy(double coveredEnough) {
        if (!(coveredEnough > 0 && coveredEnough <= 1)) {
            throw new IllegalArgumentException("coverage to stop at must be in (0, 1]: " + coveredEnough);
        }
        this.coveredEnough = coveredEnough;
    }

    public Decision decide(QuestionProgress question, int budget, boolean moreQuestions) {
        return target(question, budget).map(Decision::followUp).orElseGet(() -> Decision.moveOn(moreQuestions));
    }

    /** The key point to follow up on, if any. */
    public Optional<KeyPoint> target(QuestionProgress question, int budget) {
        Turn last = question.lastTurn();
        if (last.status() == TurnStatus.SKIPPED || question.followUpsUsed() >= budget
                || question.coverage() >= coveredEnough) {
            return Optional.empty();
        }
        if (last.kind() == TurnKind.FOLLOW_UP && last.grade() != null && last.grade().band() == Band.EMPTY) {
            return Optional.empty();
        }
        Set<Integer> asked = question.askedTargets();
        return question.missedPoints().stream()
                .filter(k -> !asked.contains(k.number()))
                .max(Comparator.comparingDouble(KeyPoint::weight)
                        .thenComparing(KeyPoint::number, Comparator.reverseOrder()));
    }

    /** The point a hint nudges toward: the weightiest one the open turn asks about that is still missed. */
    public Optional<KeyPoint> hintTarget(QuestionProgress question) {
        Turn open = question.lastTurn();
        Set<Integer> hinted = question.hintedPoints();
        return question.missedPoints().stream()
                .filter(k -> open.targets().isEmpty() || open.targets().contains(k.number()))
                .filter(k -> !hinted.contains(k.number()))
                .max(Comparator.comparingDouble(KeyPoint::weight)
                        .thenComparing(KeyPoint::number, Comparator.reverseOrder()));
    }
}
