package dev.interviewer.web;

import dev.interviewer.interview.target.TargetService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;

/**
 * The target API under {@code /api/targets}: map a job description or résumé onto the notes (and save it by name),
 * list, read and delete saved targets. HTTP only; the use cases live in {@link TargetService}.
 */
public final class TargetController implements Controller {
    private final TargetService targets;

    public TargetController(TargetService targets) {
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /**
     * {@code POST /api/targets}: {@code text} (required, at most 20,000 characters); {@code name} saves it;
     * {@code language} (zh or en) words the checklist of gaps.
     */
    public record TargetRequest(String text, String name, String language) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/targets", this::analyze);
        routes.get("/api/targets", ctx -> ctx.json(Map.of("targets", targets.list())));
        routes.get("/api/targets/{id}", ctx -> ctx.json(targets.get(ctx.pathParam("id"), language(ctx))));
        routes.delete("/api/targets/{id}", ctx -> {
            targets.delete(ctx.pathParam("id"));
            ctx.status(204);
        });
    }

    private void analyze(Context ctx) {
        TargetRequest request = ctx.bodyAsClass(TargetRequest.class);
        if (request.text() == null) {
            throw ApiException.badRequest("text is required: the job description or resume to map");
        }
        if (request.name() == null) {
            ctx.json(targets.analyze(request.text(), request.language()));
        } else {
            ctx.status(201).json(targets.save(request.name(), request.text(), request.language()));
        }
    }

    private static String language(Context ctx) {
        String language = ctx.queryParam("language");
        return language == null ? "" : language;
    }
}
