package dev.interviewer.enrich;

import java.time.Duration;

/** The endpoint answered "too many requests" (HTTP 429), or refuses calls for a while: wait, then try again. */
public final class RateLimitedException extends RuntimeException {
    private final Duration retryAfter;

    /** @param retryAfter how long the endpoint asked to wait, or zero when it did not say */
    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
