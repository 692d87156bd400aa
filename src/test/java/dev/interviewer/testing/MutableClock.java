package dev.interviewer.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand ({@link #advance}), or that moves a step at each reading ({@link #ticking}) so
 * that things stamped one after the other get distinct times. UTC; thread-safe.
 */
public final class MutableClock extends Clock {
    private final Duration tick;
    private Instant now;

    public MutableClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private MutableClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /** A clock whose every reading is {@code step} after the one before; the first is {@code start + step}. */
    public static MutableClock ticking(Instant start, Duration step) {
        return new MutableClock(start, step);
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(tick);
        return now;
    }
}
