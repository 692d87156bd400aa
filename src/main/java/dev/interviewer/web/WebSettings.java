package dev.interviewer.web;

import java.util.Objects;

/**
 * How the HTTP server listens: address, port, the access token required beyond loopback (empty for none) and the
 * answers and gradings allowed per minute per client (0 for no limit).
 */
public record WebSettings(String host, int port, String accessToken, int rateLimitPerMinute) {
    public static final String LOOPBACK = "127.0.0.1";
    /** Answers and gradings per minute per client; protects model spend. */
    public static final int DEFAULT_RATE_LIMIT = 60;

    public WebSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        accessToken = accessToken == null ? "" : accessToken;
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit must be >= 0: " + rateLimitPerMinute);
        }
    }

    /** Loopback, a free port, no token, the default rate limit: for tests. */
    public static WebSettings local() {
        return new WebSettings(LOOPBACK, 0, "", DEFAULT_RATE_LIMIT);
    }

    public WebSettings withRateLimit(int perMinute) {
        return new WebSettings(host, port, accessToken, perMinute);
    }

    public WebSettings withToken(String token) {
        return new WebSettings(host, port, token, rateLimitPerMinute);
    }

    /** True when only this machine can connect. */
    public boolean loopbackOnly() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
