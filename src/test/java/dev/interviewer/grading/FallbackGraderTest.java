package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FallbackGraderTest {
    private static final GradeRequest REQUEST = GradeRequest.of(Fixtures.ATTENTION, "方差随维度增大。");

    private static Grade grade(Engine engine, double score) {
        return Grade.builder(score, Bands.of(score, false, false, false)).feedback("feedback").engine(engine)
                .latencyMs(3).card(Fixtures.ATTENTION.id(), true).build();
    }

    @Test
    void thePrimaryGradeIsUsedWhenItSucceeds() {
        AtomicInteger fallbackCalls = new AtomicInteger();
        Grader grader = new FallbackGrader(r -> grade(Engine.LLM, 7), r -> {
            fallbackCalls.incrementAndGet();
            return grade(Engine.OFFLINE, 5);
        });
        Grade grade = grader.grade(REQUEST);
        assertThat(grade.engine()).isEqualTo(Engine.LLM);
        assertThat(grade.fallback()).isFalse();
        assertThat(fallbackCalls).hasValue(0);
    }

    @Test
    void anyFailureOfThePrimaryGivesTheFallbackGradeFlagged() {
        for (RuntimeException failure : List.of(new IllegalStateException("timeout"),
                new RuntimeException("HTTP 500"), new IllegalArgumentException("bad json"))) {
            Grader grader = new FallbackGrader(r -> {
                throw failure;
            }, r -> grade(Engine.OFFLINE, 5));
            Grade grade = grader.grade(REQUEST);
            assertThat(grade.engine()).isEqualTo(Engine.OFFLINE);
            assertThat(grade.fallback()).isTrue();
            assertThat(grade.score()).isEqualTo(5);
        }
    }
}
