package dev.interviewer.interview.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.knowledge.KeyPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {
    private final FollowUpPolicy policy = new FollowUpPolicy();

    @Test
    void aVagueAnswerGetsAFollowUpAtTheMostImportantMissedPoint() {
        // Covers only the weight-2 point: both weight-3 points are missed; the lower-numbered one comes first.
        QuestionProgress q = new Turns(Fixtures.attention()).main("it keeps the unit scale").progress();

        Decision d = policy.decide(q, 2, true);

        assertThat(d.step()).isEqualTo(Decision.Step.FOLLOW_UP);
        assertThat(d.target().number()).isEqualTo(1);
    }

    @Test
    void prefersTheHeaviestMissedPointOverAnEarlierLighterOne() {
        QuestionProgress q = new Turns(Fixtures.card("x", "T", 1, 1, 3, 2)).main("nothing relevant").progress();

        assertThat(policy.target(q, 3)).map(KeyPoint::number).contains(2);
    }

    @Test
    void aStrongAnswerMovesOn() {
        QuestionProgress full = new Turns(Fixtures.attention()).main("variance, saturate, unit").progress();

        assertThat(policy.decide(full, 3, true).step()).isEqualTo(Decision.Step.NEXT_QUESTION);
        assertThat(policy.decide(full, 3, false).step()).isEqualTo(Decision.Step.FINISH);
    }

    @Test
    void movesOnOnceCoverageReachesTheThresholdEvenWithALightPointMissed() {
        // Five equal points, four covered: 0.8 coverage.
        QuestionProgress q = new Turns(Fixtures.card("y", "T", 1, 1, 1, 1, 1, 1))
                .main("kw1-y kw2-y kw3-y kw4-y").progress();

        assertThat(q.coverage()).isEqualTo(0.8);
        assertThat(policy.target(q, 3)).isEmpty();
    }

    @Test
    void theBudgetHolds() {
        QuestionProgress afterOne = new Turns(Fixtures.attention()).main("no idea really")
                .followUp(1, "still nothing").progress();

        assertThat(policy.target(afterOne, 1)).isEmpty();
        assertThat(policy.target(afterOne, 2)).map(KeyPoint::number).contains(2);
        assertThat(policy.target(new Turns(Fixtures.attention()).main("nothing").progress(), 0)).isEmpty();
    }

    @Test
    void neverAsksAboutTheSamePointTwice() {
        QuestionProgress q = new Turns(Fixtures.attention()).main("nothing").followUp(1, "nope")
                .followUp(2, "nope").progress();

        assertThat(policy.target(q, 3)).map(KeyPoint::number).contains(3);
        QuestionProgress allAsked = new Turns(Fixtures.attention()).main("nothing").followUp(1, "nope")
                .followUp(2, "nope").followUp(3, "nope").progress();
        assertThat(policy.target(allAsked, 10)).isEmpty();
    }

    @Test
    void aFollowUpThatFillsTheGapEndsTheQuestion() {
        QuestionProgress q = new Turns(Fixtures.attention()).main("unit variance, that's it")
                .followUp(2, "logits saturate the softmax").progress();

        assertThat(q.coverage()).isEqualTo(1.0);
        assertThat(policy.decide(q, 3, true).step()).isEqualTo(Decision.Step.NEXT_QUESTION);
    }

    @Test
    void movesOnWhenTheCandidateAnswersAFollowUpWithNothing() {
        QuestionProgress q = new Turns(Fixtures.attention()).main("nothing").followUp(1, "idk").progress();

        assertThat(policy.target(q, 3)).isEmpty();
    }

    @Test
    void aSkippedQuestionIsNeverFollowedUp() {
        QuestionProgress q = new Turns(Fixtures.attention()).skippedMain().progress();

        assertThat(policy.decide(q, 3, true).step()).isEqualTo(Decision.Step.NEXT_QUESTION);
    }

    @Test
    void aHintAimsAtTheWeightiestMissedPointNotHintedYet() {
        QuestionProgress fresh = new Turns(Fixtures.attention()).open(TurnKind.QUESTION, List.of()).progress();
        assertThat(policy.hintTarget(fresh)).map(KeyPoint::number).contains(1);

        QuestionProgress hintedOnce = new Turns(Fixtures.attention()).open(TurnKind.QUESTION, List.of(), 1)
                .progress();
        assertThat(policy.hintTarget(hintedOnce)).map(KeyPoint::number).contains(2);
    }

    @Test
    void aHintDuringAFollowUpStaysOnTheFollowUpsTarget() {
        QuestionProgress q = new Turns(Fixtures.attention()).main("unit").open(TurnKind.FOLLOW_UP, List.of(2))
                .progress();
        assertThat(policy.hintTarget(q)).map(KeyPoint::number).contains(2);

        QuestionProgress spent = new Turns(Fixtures.attention()).main("unit")
                .open(TurnKind.FOLLOW_UP, List.of(2), 2).progress();
        assertThat(policy.hintTarget(spent)).isEmpty();
    }
}
