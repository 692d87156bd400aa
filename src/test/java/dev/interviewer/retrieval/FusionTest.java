package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FusionTest {
    private final Fusion fusion = Fusion.DEFAULT;

    @Test
    void aCardFirstInEveryListWithPerfectEvidenceScoresOne() {
        assertThat(fusion.score(1, 1, 1, 0.95, 0.95, 1.0)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theTopCardOfAnOffTopicQueryStillScoresLowBecauseItsEvidenceIsWeak() {
        double offTopic = fusion.score(1, 1, 1, 0.40, 0.44, 0.05);
        assertThat(offTopic).isLessThan(SearchHit.MATCH_THRESHOLD);
    }

    @Test
    void aLowerRankScoresLessThanAHigherOneWithTheSameEvidence() {
        double first = fusion.score(1, 1, 1, 0.7, 0.7, 0.5);
        double third = fusion.score(3, 3, 3, 0.7, 0.7, 0.5);
        double absent = fusion.score(0, 0, 0, 0.7, 0.7, 0.5);
        assertThat(first).isGreaterThan(third);
        assertThat(third).isGreaterThan(absent);
        assertThat(absent).isZero();
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        assertThat(fusion.score(1, 1, 1, 1.5, 1.5, 3.0)).isLessThanOrEqualTo(1.0);
        assertThat(fusion.score(50, 0, 0, -0.5, -0.5, -1.0)).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void rejectsSettingsThatCannotMakeAScore() {
        assertThatThrownBy(() -> new Fusion(0, 1, 1, 1, 1, 1, 1, 0.5, 0.45, 0.85))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fusion(3, 0, 0, 0, 1, 1, 1, 0.5, 0.45, 0.85))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fusion(3, 1, 1, 1, 1.5, 1, 1, 0.5, 0.45, 0.85))
                .hasMessageContaining("rankWeight");
        assertThatThrownBy(() -> new Fusion(3, 1, 1, 1, 1, 1, 1, 0.5, 0.85, 0.45))
                .hasMessageContaining("cosFloor");
    }
}
