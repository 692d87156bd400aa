package dev.interviewer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.phrasing.GradeUpdate;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageListener;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.voice.SpokenAnswer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The interview API under {@code /api/interviews}: HTTP only, the use cases live in {@link InterviewService}. */
public final class InterviewController implements Controller {
    private static final ObjectMapper JSON = ApiJson.mapper();

    private final InterviewService service;

    public InterviewController(InterviewService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * {@code POST /api/interviews}; a missing field takes its default, follow-ups and the timer the style's.
     * {@code target} (a job description or résumé) or {@code targetId} (a saved target) plans from its requirements.
     */
    public record StartRequest(List<String> topics, Integer questions, Integer level, String language,
            Integer followUps, String mode, String style, Integer timer, String target, String targetId, String reach,
            Boolean gaps) {

        InterviewConfig toConfig() {
            InterviewConfig d = InterviewConfig.defaults();
            InterviewStyle chosen = InterviewStyle.fromLabel(style);
            return new InterviewConfig(topics, questions == null ? d.questions() : questions,
                    level == null ? d.level() : level, language, followUps == null ? chosen.followUps() : followUps,
                    mode == null ? d.mode() : InterviewMode.fromLabel(mode), chosen,
                    timer == null ? chosen.timerMinutes() : timer, targetChoice());
        }

        private TargetChoice targetChoice() {
            if (target == null && targetId == null) {
                return null;
            }
            return new TargetChoice(target, targetId, "", Reach.fromLabel(reach), gaps == null || gaps);
        }
    }

    /**
     * {@code POST /api/interviews/{id}/answers}; {@code voice} only when the answer was spoken: the words as they
     * were heard, the speaking time and the silences inside it, in seconds.
     */
    public record AnswerRequest(String text, VoiceRequest voice) {
    }

    /** How an answer was spoken, as the page measured it. */
    public record VoiceRequest(String transcript, Double seconds, List<Double> pauses) {
        SpokenAnswer toSpoken() {
            if (seconds == null) {
                throw ApiException.badRequest("voice.seconds (the speaking time) is required with voice");
            }
            return new SpokenAnswer(transcript, seconds, pauses);
        }
    }

    /** {@code POST /api/interviews/{id}/draft}: the answer as far as it is written. */
    public record DraftRequest(String text) {
    }

    /** {@code POST /api/interviews/{id}/commands}. */
    public record CommandRequest(String command) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/interviews", this::start);
        routes.get("/api/interviews", ctx -> ctx.json(service.list()));
        routes.get("/api/interviews/{id}", ctx -> ctx.json(service.transcript(ctx.pathParam("id"))));
        routes.post("/api/interviews/{id}/answers", this::answer);
        routes.post("/api/interviews/{id}/draft", this::draft);
        routes.delete("/api/interviews/{id}", this::delete);
        routes.post("/api/interviews/{id}/commands", this::command);
        routes.get("/api/interviews/{id}/report", ctx -> ctx.json(service.report(ctx.pathParam("id"))));
        routes.get("/api/interviews/{id}/events", this::events);
    }

    private void start(Context ctx) {
        StartRequest request = body(ctx, StartRequest.class);
        ctx.status(201).json(service.start(request.toConfig()));
    }

    private void answer(Context ctx) {
        AnswerRequest request = body(ctx, AnswerRequest.class);
        SpokenAnswer spoken = request.voice() == null ? null : request.voice().toSpoken();
        ctx.json(service.answer(ctx.pathParam("id"), request.text(), spoken));
    }

    // Accepted and read ahead in the background; nothing to answer.
    private void draft(Context ctx) {
        service.draft(ctx.pathParam("id"), body(ctx, DraftRequest.class).text());
        ctx.status(202);
    }

    private void delete(Context ctx) {
        service.delete(ctx.pathParam("id"));
        ctx.status(204);
    }

    private void command(Context ctx) {
        CommandRequest request = body(ctx, CommandRequest.class);
        ctx.json(service.command(ctx.pathParam("id"), Command.fromLabel(request.command())));
    }

    /**
     * The current interviewer message as server-sent events: token*, maybe reset and tokens again, then done; and
     * the previous answer's model grade ({@code grade}), before or after them, when it was still on its way. The
     * stream closes once both are sent.
     */
    private void events(Context ctx) throws Exception {
        LiveMessage live = service.currentMessage(ctx.pathParam("id"));
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
                // Told while the message holds its lock: no grade can slip in between.
                done.put("gradeToFollow", live.gradeDue());
                client.sendEvent("done", json(done));
            }

            @Override
            public void grade(GradeUpdate update) {
                client.sendEvent("grade", json(update));
            }

            @Override
            public void end() {
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event", e);
        }
    }
}
