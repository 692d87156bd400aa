package dev.interviewer.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Requires the access token on every request when one is configured (the server is bound beyond loopback).
 * API clients send {@code Authorization: Bearer TOKEN}; a browser opens {@code /?token=TOKEN} once and gets an
 * HttpOnly cookie, so the token does not stay in the address bar or reach scripts.
 */
final class AccessGuard {
    static final String COOKIE = "interviewer_token";
    private final byte[] token;

    AccessGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        String fromQuery = ctx.queryParam("token");
        if (fromQuery != null && matches(fromQuery)) {
            Cookie cookie = new Cookie(COOKIE, fromQuery, "/");
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            ctx.cookie(cookie);
            ctx.redirect(ctx.path());
            ctx.skipRemainingHandlers();
            return;
        }
        if (!matches(bearer(ctx)) && !matches(ctx.cookie(COOKIE))) {
            throw new ApiException(401, "access token required: send 'Authorization: Bearer TOKEN' or open /?token=TOKEN");
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
    }

    private boolean matches(String candidate) {
        // Constant-time comparison: the response time must not reveal how much of a guess was right.
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
