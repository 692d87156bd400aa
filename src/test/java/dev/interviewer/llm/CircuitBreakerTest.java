package dev.interviewer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private static final Duration COOL_DOWN = Duration.ofSeconds(30);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, COOL_DOWN, clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.failure();
        }
    }

    @Test
    void staysClosedBelowTheThreshold() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aSuccessResetsTheCountOfConsecutiveFailures() {
        fail(2);
        breaker.success();
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void opensAfterThresholdConsecutiveFailuresAndRefusesCallsDuringTheCoolDown() {
        fail(3);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(COOL_DOWN.minusSeconds(1));
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void letsExactlyOneTrialCallThroughAfterTheCoolDown() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("a second call while the trial is out").isFalse();
    }

    @Test
    void aSuccessfulTrialClosesTheCircuit() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.success();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherFullCoolDown() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.failure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(COOL_DOWN.minusSeconds(1));
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aTrialWhoseOutcomeNeverCameBackIsReplacedAfterAnotherCoolDown() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.tryAcquire()).isTrue();
        clock.advance(COOL_DOWN.minusSeconds(1));
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new CircuitBreaker(0, COOL_DOWN, clock)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new CircuitBreaker(3, Duration.ZERO, clock)).hasMessageContaining("cool-down");
    }
}
