package dev.interviewer.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.List;

/** The HTTP server: the API controllers, the page from {@code web/} and the WebJars. */
public final class WebServer {
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Request bodies beyond this are refused with 413 before they are read. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    /** Why the server did not start (an address in use, a public address without a token), for the user. */
    public static final class StartException extends RuntimeException {
        StartException(String message) {
            super(message);
        }
    }

    /** Builds the Javalin app without starting it (tests start it with JavalinTest). */
    public static Javalin create(WebSettings settings, List<Controller> controllers) {
        RateLimiter limiter = new RateLimiter(settings.rateLimitPerMinute(), 20, Clock.systemUTC());
        AccessGuard guard = settings.accessToken().isEmpty() ? null : new AccessGuard(settings.accessToken());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Recordings (POST /api/transcribe) stay in memory, never in a temp file: audio is kept only on request.
            config.jetty.multipartConfig.maxFileSize(TranscribeController.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(TranscribeController.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) TranscribeController.MAX_UPLOAD_BYTES,
                    SizeUnit.BYTES);
            // Requests Jetty refuses itself (malformed URIs) get a JSON error too, not an HTML page.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.before(SecurityHeaders::apply);
            if (guard != null) {
                config.routes.before(guard::check);
            }
            for (String spend : List.of("/api/grade", "/api/interviews/{id}/answers", "/api/transcribe",
                    "/api/speech", "/api/targets")) {
                config.routes.before(spend, ctx -> limit(limiter, ctx));
            }
            config.jsonMapper(new RequestJson(ApiJson.mapper()));
            // The page ships inside the jar, so the app serves the same UI from any working folder. Javalin's own
            // handler reads it through the class loader; Jetty's mounted the whole jar as a zip file system once per
            // lookup (eight mounts, 36 MB of heap held for the process's life).
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            ErrorMapping.register(config.routes);
            controllers.forEach(c -> c.register(config.routes));
        });
    }

    private static void limit(RateLimiter limiter, Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long waitSeconds = limiter.acquire(ctx.ip());
        if (waitSeconds > 0) {
            ctx.header("Retry-After", Long.toString(waitSeconds));
            throw new ApiException(429, "too many requests; retry in " + waitSeconds + " s");
        }
    }

    public static WebServer start(WebSettings config, List<Controller> controllers) {
        if (!config.loopbackOnly() && config.accessToken().isEmpty()) {
            throw new StartException("refusing to listen on " + config.host() + " without an access token: "
                    + "pass --token or set INTERVIEWER_TOKEN");
        }
        Javalin javalin = create(config, controllers);
        try {
            javalin.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            throw new StartException("port " + config.port() + " on " + config.host()
                    + " is already in use; pick another with --port");
        }
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
