package dev.interviewer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.Json;
import dev.interviewer.interview.Command;
import dev.interviewer.interview.InterviewConfig;
import dev.interviewer.interview.InterviewException;
import dev.interviewer.interview.InterviewMode;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.LiveMessage;
import dev.interviewer.interview.MessageListener;
import dev.interviewer.interview.Prompt;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The interview API under {@code /api/interviews}: HTTP only, the use cases live in {@link InterviewService}. */
public final class InterviewController implements Controller {
    private static final ObjectMapper JSON = Json.mapper();

    private final Supplier<InterviewService> service;

    /** The service is looked up per request, so the server starts even when a part of it cannot be built yet. */
    public InterviewController(Supplier<InterviewService> service) {
        this.service = service;
    }

    /** {@code POST /api/interviews}; a missing field takes its default. */
    public record StartRequest(List<String> topics, Integer questions, Integer level, String language,
            Integer followUps, String mode) {

        InterviewConfig toConfig() {
            InterviewConfig d = InterviewConfig.defaults();
            return new InterviewConfig(topics, questions == null ? d.questions() : questions,
                    level == null ? d.level() : level, language, followUps == null ? d.followUps() : followUps,
                    mode == null ? d.mode() : InterviewMode.fromLabel(mode));
        }
    }

    /** {@code POST /api/interviews/{id}/answers}. */
    public record AnswerRequest(String text) {
    }

    /** {@code POST /api/interviews/{id}/commands}. */
    public record CommandRequest(String command) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(InterviewException.class,
                (e, ctx) -> ctx.status(status(e)).json(new ErrorBody(e.getMessage())));
        routes.post("/api/interviews", this::start);
        routes.get("/api/interviews", ctx -> ctx.json(service.get().list()));
        routes.get("/api/interviews/{id}", ctx -> ctx.json(service.get().transcript(ctx.pathParam("id"))));
        routes.post("/api/interviews/{id}/answers", this::answer);
        routes.post("/api/interviews/{id}/commands", this::command);
        routes.get("/api/interviews/{id}/report", ctx -> ctx.json(service.get().report(ctx.pathParam("id"))));
        routes.get("/api/interviews/{id}/events", this::events);
    }

    private void start(Context ctx) {
        StartRequest request = body(ctx, StartRequest.class);
        ctx.status(201).json(service.get().start(request.toConfig()));
    }

    private void answer(Context ctx) {
        AnswerRequest request = body(ctx, AnswerRequest.class);
        ctx.json(service.get().answer(ctx.pathParam("id"), request.text()));
    }

    private void command(Context ctx) {
        CommandRequest request = body(ctx, CommandRequest.class);
        ctx.json(service.get().command(ctx.pathParam("id"), Command.fromLabel(request.command())));
    }

    /** The current interviewer message as server-sent events: token*, maybe reset and tokens again, then done. */
    private void events(Context ctx) throws Exception {
        LiveMessage live = service.get().currentMessage(ctx.pathParam("id"));
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "this endpoint streams server-sent events: send Accept: text/event-stream");
        }
        new SseHandler(client -> stream(client, live)).handle(ctx);
    }

    private static void stream(SseClient client, LiveMessage live) {
        client.keepAlive();
        MessageListener listener = new MessageListener() {
            @Override
            public void token(String text) {
                client.sendEvent("token", json(Map.of("text", text)));
            }

            @Override
            public void reset(String reason) {
                client.sendEvent("reset", json(Map.of("reason", reason)));
            }

            @Override
            public void done(Prompt prompt) {
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("kind", live.kind());
                done.put("text", prompt.text());
                done.put("turn", live.turn());
                done.put("engine", prompt.engine());
                done.put("fallback", prompt.fallback());
                client.sendEvent("done", json(done));
                client.close();
            }
        };
        client.onClose(() -> live.unsubscribe(listener));
        live.subscribe(listener);
    }

    private static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw ApiException.badRequest("the request needs a JSON body");
        }
        T value = ctx.bodyAsClass(type);
        if (value == null) {
            throw ApiException.badRequest("the request needs a JSON object");
        }
        return value;
    }

    private static int status(InterviewException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> 404;
            case FINISHED, CONFLICT -> 409;
            case INVALID -> 400;
            case TOO_LONG -> 413;
            case UNAVAILABLE -> 503;
        };
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event", e);
        }
    }
}
