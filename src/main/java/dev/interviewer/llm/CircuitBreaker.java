package dev.interviewer.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops calling an endpoint that keeps failing. After {@code threshold} consecutive failures the circuit opens:
 * calls are refused at once (the caller falls back to the offline engine) until the cool-down has passed. Then one
 * trial call goes through (half-open): its success closes the circuit, its failure opens it for another cool-down.
 * Thread-safe.
 */
public final class CircuitBreaker {
    /** The default: three failures in a row open the circuit for thirty seconds. */
    public static final int DEFAULT_THRESHOLD = 3;
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(30);

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private Instant trialStartedAt;

    public CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1: " + threshold);
        }
        if (coolDown.isNegative() || coolDown.isZero()) {
            throw new IllegalArgumentException("cool-down must be positive: " + coolDown);
        }
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static CircuitBreaker withDefaults() {
        return new CircuitBreaker(DEFAULT_THRESHOLD, DEFAULT_COOL_DOWN, Clock.systemUTC());
    }

    /**
     * Asks to make a call. True when the circuit is closed, or when it is the one trial call after the cool-down;
     * the caller then reports the outcome with {@link #success()} or {@link #failure()}.
     */
    public synchronized boolean tryAcquire() {
        if (openedAt == null) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isBefore(openedAt.plus(coolDown))) {
            return false;
        }
        // A trial whose outcome never came back (a caller that gave up silently) must not block the endpoint forever.
        if (trialStartedAt != null && now.isBefore(trialStartedAt.plus(coolDown))) {
            return false;
        }
        trialStartedAt = now;
        return true;
    }

    public synchronized void success() {
        failures = 0;
        openedAt = null;
        trialStartedAt = null;
    }

    public synchronized void failure() {
        failures++;
        if (trialStartedAt != null || failures >= threshold) {
            openedAt = clock.instant();
            trialStartedAt = null;
        }
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        if (trialStartedAt != null || !clock.instant().isBefore(openedAt.plus(coolDown))) {
            return State.HALF_OPEN;
        }
        return State.OPEN;
    }

    /** How long until a trial call is allowed; zero when calls may go now. */
    public synchronized Duration retryIn() {
        if (openedAt == null) {
            return Duration.ZERO;
        }
        Instant from = trialStartedAt != null ? trialStartedAt : openedAt;
        Duration left = Duration.between(clock.instant(), from.plus(coolDown));
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public synchronized String toString() {
        return "CircuitBreaker[" + state() + ", failures=" + failures + ", threshold=" + threshold
                + ", coolDown=" + coolDown + "]";
    }
}
