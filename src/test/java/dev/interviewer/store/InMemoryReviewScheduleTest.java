package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.InMemoryReviewSchedule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryReviewScheduleTest {
    private static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void servesWeakCardsWeakestFirstAndDropsCardsOnceLearned() {
        InMemoryReviewSchedule schedule = new InMemoryReviewSchedule();
        schedule.record("a", 5.0, NOW.minusSeconds(100));
        schedule.record("b", 2.0, NOW.minusSeconds(50));
        schedule.record("c", 9.0, NOW.minusSeconds(10));
        assertThat(schedule.due(NOW, 10)).containsExactly("b", "a");

        schedule.record("b", 8.5, NOW.minusSeconds(1));
        assertThat(schedule.due(NOW, 10)).containsExactly("a");
        assertThat(schedule.due(NOW, 0)).isEmpty();
    }
}
