package dev.interviewer.web;

import io.javalin.http.Context;

/** Headers on every response: a strict CSP (no inline script), no sniffing, no referrer leaks, no framing. */
final class SecurityHeaders {
    // KaTeX and the grade card set inline style attributes, so styles allow 'unsafe-inline'; scripts never do.
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            // Server voices and kept recordings play from blob: URLs the page makes of fetched audio.
            "media-src 'self' blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
