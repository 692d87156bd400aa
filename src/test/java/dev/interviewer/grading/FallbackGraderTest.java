package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FallbackGraderTest {
    private static final GradeRequest REQUEST = GradeRequest.of(Fixtures.ATTENTION, "方差随维度增大。");

    private static Grade grade(String engine, double score) {
        return new Grade(score, Bands.of(score, false, false, false), List.of(), List.of(), List.of(), "feedback",
                List.of(), engine, false, 3, Fixtures.ATTENTION.id(), true);
    }

    @Test
    void thePrimaryGradeIsUsedWhenItSucceeds() {
        AtomicInteger fallbackCalls = new AtomicInteger();
        Grader grader = new FallbackGrader(r -> grade("llm", 7), r -> {
            fallbackCalls.incrementAndGet();
            return grade("offline", 5);
        });
        Grade grade = grader.grade(REQUEST);
        assertThat(grade.engine()).isEqualTo("llm");
        assertThat(grade.fallback()).isFalse();
        assertThat(fallbackCalls).hasValue(0);
    }

    @Test
    void anyFailureOfThePrimaryGivesTheFallbackGradeFlagged() {
        for (RuntimeException failure : List.of(new IllegalStateException("timeout"),
                new RuntimeException("HTTP 500"), new IllegalArgumentException("bad json"))) {
            Grader grader = new FallbackGrader(r -> {
                throw failure;
            }, r -> grade("offline", 5));
            Grade grade = grader.grade(REQUEST);
            assertThat(grade.engine()).isEqualTo("offline");
            assertThat(grade.fallback()).isTrue();
            assertThat(grade.score()).isEqualTo(5);
        }
    }
}
