package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.interviewer.retrieval.Fusion.CosineRange;
import dev.interviewer.retrieval.Fusion.Dense;
import org.junit.jupiter.api.Test;

class FusionTest {
    private static final CosineRange BGE = new CosineRange(0.45, 0.85);
    private static final CosineRange ENGLISH = new CosineRange(0.25, 0.80);
    private final Fusion fusion = Fusion.DEFAULT;

    @Test
    void aCardFirstInEveryListWithPerfectEvidenceScoresOne() {
        assertThat(fusion.score(1, new Dense(1, 1, 0.95, 0.95), 1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(fusion.score(1, new Dense(1, 1, 0.95, 0.95), new Dense(1, 1, 0.9, 0.9), 1.0))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theTopCardOfAnOffTopicQueryStillScoresLowBecauseItsEvidenceIsWeak() {
        double offTopic = fusion.score(1, new Dense(1, 1, 0.40, 0.44), 0.05);
        assertThat(offTopic).isLessThan(SearchHit.MATCH_THRESHOLD);
        double offTopicEnglish = fusion.score(1, new Dense(1, 1, 0.70, 0.72), new Dense(1, 1, 0.15, 0.2), 0.05);
        assertThat(offTopicEnglish).as("bge's high cosines on English do not count where MiniLM saw the card")
                .isLessThan(SearchHit.MATCH_THRESHOLD);
    }

    @Test
    void aLowerRankScoresLessThanAHigherOneWithTheSameEvidence() {
        double first = fusion.score(1, new Dense(1, 1, 0.7, 0.7), 0.5);
        double third = fusion.score(3, new Dense(3, 3, 0.7, 0.7), 0.5);
        double absent = fusion.score(0, Dense.NONE, 0.5);
        assertThat(first).isGreaterThan(third);
        assertThat(third).isGreaterThan(absent);
        assertThat(absent).isZero();
    }

    @Test
    void theEnglishListsDecideBetweenEnglishCardsThatBgeRanksTheOtherWay() {
        double bgeFavourite = fusion.score(2, new Dense(1, 1, 0.8, 0.8), new Dense(3, 3, 0.4, 0.45), 0.3);
        double englishFavourite = fusion.score(2, new Dense(3, 3, 0.75, 0.75), new Dense(1, 1, 0.65, 0.7), 0.3);
        assertThat(englishFavourite).isGreaterThan(bgeFavourite);
    }

    @Test
    void aChineseCardIsNeitherHelpedNorPenalisedByTheEnglishListsItCannotBeIn() {
        Dense lists = new Dense(1, 1, 0.8, 0.8);
        assertThat(fusion.score(1, lists, Dense.NONE, 0.5)).isEqualTo(fusion.score(1, lists, 0.5));
    }

    @Test
    void aRenderedQuerysEnglishListsRankButBgeStaysTheEvidence() {
        Dense bge = new Dense(2, 2, 0.6, 0.6);
        // The concept names match the card well, which says little about whether it answers the question.
        Dense names = new Dense(1, 1, 0.9, 0.9);
        double rendered = fusion.score(2, bge, names, true, 0.3);
        double lowerInTheNamesLists = fusion.score(2, bge, new Dense(4, 4, 0.9, 0.9), true, 0.3);
        double original = fusion.score(2, bge, names, false, 0.3);

        assertThat(rendered).isGreaterThan(lowerInTheNamesLists);
        assertThat(rendered).isLessThan(original);
        assertThat(fusion.score(1, new Dense(1, 1, 0.4, 0.42), new Dense(1, 1, 0.95, 0.95), true, 0.05))
                .as("off topic by bge and coverage").isLessThan(0.15);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        assertThat(fusion.score(1, new Dense(1, 1, 1.5, 1.5), new Dense(1, 1, 1.5, 1.5), 3.0))
                .isLessThanOrEqualTo(1.0);
        assertThat(fusion.score(50, new Dense(0, 0, -0.5, -0.5), -1.0)).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void rejectsSettingsThatCannotMakeAScore() {
        assertThatThrownBy(() -> new Fusion(0, 1, 1, 1, 1, 1, 1, 1, 0.5, BGE, ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fusion(3, 0, 0, 0, 1, 1, 1, 1, 0.5, BGE, ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fusion(3, 1, 1, 1, -1, 1, 1, 1, 0.5, BGE, ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fusion(3, 1, 1, 1, 1, 1.5, 1, 1, 0.5, BGE, ENGLISH))
                .hasMessageContaining("rankWeight");
        assertThatThrownBy(() -> new CosineRange(0.85, 0.45)).hasMessageContaining("floor");
    }
}
