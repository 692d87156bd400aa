package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void allowsTheBurstThenAsksToWaitAndRefillsOverTime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(60, 3, clock);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void clientsHaveSeparateBuckets() {
        RateLimiter limiter = new RateLimiter(60, 1, new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, 1, new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
    }
}
