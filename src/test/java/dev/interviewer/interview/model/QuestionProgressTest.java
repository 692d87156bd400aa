package dev.interviewer.interview.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.knowledge.KeyPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionProgressTest {
    @Test
    void aFollowUpAddsTheWeightOfThePointItRecovers() {
        // Main answer covers the weight-2 point (2/8 -> 2.5); the follow-up recovers a weight-3 point (+3.75).
        QuestionProgress q = new Turns(Fixtures.attention()).main("unit").followUp(1, "the variance grows")
                .progress();

        assertThat(q.mainTurn().grade().score()).isEqualTo(2.5);
        assertThat(q.score()).isEqualTo(6.3);
        assertThat(q.coveredPoints()).extracting(KeyPoint::number).containsExactly(1, 3);
        assertThat(q.missedPoints()).extracting(KeyPoint::number).containsExactly(2);
    }

    @Test
    void coverageIsTheUnionOverTurnsAndNeverDrops() {
        QuestionProgress q = new Turns(Fixtures.attention()).main("variance and unit").followUp(2, "nope")
                .progress();

        assertThat(q.covered(1)).isTrue();
        assertThat(q.score()).isEqualTo(q.mainTurn().grade().score());
    }

    @Test
    void aHintedPointEarnsHalf() {
        QuestionProgress plain = new Turns(Fixtures.attention()).main("variance saturate unit").progress();
        QuestionProgress hinted = new Turns(Fixtures.attention()).mainWithHint(2, "variance saturate unit")
                .progress();

        assertThat(plain.score()).isEqualTo(10.0);
        // Point 2 (weight 3 of 8) earns half: 10 - 10 * 1.5 / 8.
        assertThat(hinted.score()).isEqualTo(8.1);
        assertThat(hinted.credit(2)).isEqualTo(0.5);
        assertThat(hinted.hintedPoints()).containsExactly(2);
    }

    @Test
    void aHintCarriesOverToLaterTurnsOfTheQuestion() {
        Turns turns = new Turns(Fixtures.attention()).mainWithHint(1, "unit").followUp(1, "variance");
        assertThat(turns.progress().credit(1)).isEqualTo(0.5);
    }

    @Test
    void aSkippedQuestionScoresZero() {
        QuestionProgress q = new Turns(Fixtures.attention()).skippedMain().progress();

        assertThat(q.scored()).isTrue();
        assertThat(q.skipped()).isTrue();
        assertThat(q.score()).isZero();
    }

    @Test
    void anUnansweredQuestionIsNotScored() {
        QuestionProgress q = new Turns(Fixtures.attention()).open(TurnKind.QUESTION, List.of()).progress();
        assertThat(q.scored()).isFalse();
        assertThat(q.score()).isZero();
    }
}
