package dev.interviewer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.voice.VoiceException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns exceptions into HTTP statuses; clients never see a stack trace. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(new ErrorBody(e.getMessage())));
        routes.exception(HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(new ErrorBody(e.getMessage())));
        routes.exception(JsonProcessingException.class,
                (e, ctx) -> ctx.status(400).json(new ErrorBody("malformed JSON: " + e.getOriginalMessage())));
        routes.exception(InterviewException.class,
                (e, ctx) -> ctx.status(status(e.reason())).json(new ErrorBody(e.getMessage())));
        routes.exception(VoiceException.class, (e, ctx) -> ctx.status(switch (e.reason()) {
            case NOT_AUDIO -> 415;
            case TOO_LARGE, TOO_LONG -> 413;
            case FAILED -> 503;
            case TIMEOUT -> 504;
            case NOTHING_HEARD -> 422;
        }).json(new ErrorBody(e.getMessage())));
        routes.exception(IllegalArgumentException.class,
                (e, ctx) -> ctx.status(400).json(new ErrorBody(e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ErrorBody("internal error; the server log has details"));
        });
        routes.error(404, "*", ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                ctx.json(new ErrorBody("not found: " + ctx.path()));
            }
        });
    }

    private static int status(InterviewException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case FINISHED, CONFLICT -> 409;
            case INVALID -> 400;
            case TOO_LONG -> 413;
            case UNAVAILABLE -> 503;
        };
    }
}
