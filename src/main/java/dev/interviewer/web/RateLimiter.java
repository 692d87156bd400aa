package dev.interviewer.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client for the endpoints that may call a paid model (answers, grading).
 * {@code perMinute <= 0} turns it off.
 */
final class RateLimiter {
    private final int perMinute;
    private final int burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, Clock clock) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
        this.clock = clock;
    }

    /** Takes one request from the client's bucket; returns 0 when allowed, else seconds to wait. */
    long acquire(String client) {
        if (perMinute <= 0) {
            return 0;
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, clock.millis()));
        synchronized (bucket) {
            double perMilli = perMinute / 60_000.0;
            long now = clock.millis();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedAt) * perMilli);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000.0);
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
