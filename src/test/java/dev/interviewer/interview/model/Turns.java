package dev.interviewer.interview.model;

import dev.interviewer.grading.GradeRequest;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.knowledge.Card;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds graded turns of one question for policy and progress tests. */
final class Turns {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private final KeywordGrader grader = new KeywordGrader();
    private final Card card;
    private final List<Turn> turns = new ArrayList<>();

    Turns(Card card) {
        this.card = card;
    }

    Turns main(String answer) {
        return answered(TurnKind.QUESTION, List.of(), answer, List.of());
    }

    Turns followUp(int target, String answer) {
        return answered(TurnKind.FOLLOW_UP, List.of(target), answer, List.of());
    }

    Turns mainWithHint(int hinted, String answer) {
        return answered(TurnKind.QUESTION, List.of(), answer, List.of(new Hint(hinted, "hint", T)));
    }

    Turns skippedMain() {
        Turn asked = Turn.asked(turns.size(), 1, card.id(), TurnKind.QUESTION, List.of(), Prompt.offline("q"), T);
        TurnResult skip = new TurnResult(TurnStatus.SKIPPED,
                grader.grade(new GradeRequest(card, card.question(), "", Set.of(), "zh")), null, T);
        turns.add(asked.withResult(skip));
        return this;
    }

    /** An asked turn still waiting for its answer, with hints already given. */
    Turns open(TurnKind kind, List<Integer> targets, int... hinted) {
        Turn turn = Turn.asked(turns.size(), 1, card.id(), kind, targets, Prompt.offline("q"), T);
        for (int h : hinted) {
            turn = turn.withHint(new Hint(h, "hint", T));
        }
        turns.add(turn);
        return this;
    }

    QuestionProgress progress() {
        return new QuestionProgress(1, card.keyPoints(), turns);
    }

    private Turns answered(TurnKind kind, List<Integer> targets, String answer, List<Hint> hints) {
        Turn turn = Turn.asked(turns.size(), 1, card.id(), kind, targets, Prompt.offline("q"), T);
        for (Hint h : hints) {
            turn = turn.withHint(h);
        }
        turn = turn.withAnswer(answer, T);
        var grade = grader.grade(new GradeRequest(card, card.question(), answer, Set.copyOf(targets), "zh"));
        turns.add(turn.withResult(new TurnResult(TurnStatus.GRADED, grade, null, T)));
        return this;
    }
}
