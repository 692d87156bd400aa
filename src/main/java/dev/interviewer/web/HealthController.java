package dev.interviewer.web;

import dev.interviewer.LlmSettings;
import dev.interviewer.Version;
import dev.interviewer.knowledge.KnowledgeBase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code GET /api/health}: whether the app is up, which engine it uses and how many cards it knows. */
public final class HealthController implements Controller {
    private final Supplier<KnowledgeBase> knowledge;
    private final LlmSettings llm;

    public HealthController(Supplier<KnowledgeBase> knowledge, LlmSettings llm) {
        this.knowledge = knowledge;
        this.llm = llm;
    }

    /** The health document; {@code model} is null for the offline engine. */
    public record Health(String status, String engine, String model, int cards, String version) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
    }

    private void health(Context ctx) {
        ctx.json(new Health("ok", llm.enabled() ? "llm" : "offline", llm.enabled() ? llm.model() : null,
                knowledge.get().size(), Version.current()));
    }
}
