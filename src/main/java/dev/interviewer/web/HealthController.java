package dev.interviewer.web;

import dev.interviewer.LlmSettings;
import dev.interviewer.Version;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.IndexProgress;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /api/health}: whether the app is up, which engine it uses and how many cards it knows. While the
 * first index build embeds the notes, {@code status} is {@code indexing} and {@code indexing.percent} says how far.
 */
public final class HealthController implements Controller {
    private final Supplier<KnowledgeBase> knowledge;
    private final LlmSettings llm;
    private final Supplier<IndexProgress> progress;

    public HealthController(Supplier<KnowledgeBase> knowledge, LlmSettings llm, Supplier<IndexProgress> progress) {
        this.knowledge = knowledge;
        this.llm = llm;
        this.progress = progress;
    }

    /** Without an index (tests, commands that never search): always ready. */
    public HealthController(Supplier<KnowledgeBase> knowledge, LlmSettings llm) {
        this(knowledge, llm, () -> IndexProgress.ready(0));
    }

    /** The health document; {@code model} is null for the offline engine. */
    public record Health(String status, String engine, String model, int cards, String version,
                         IndexProgress indexing) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
    }

    private void health(Context ctx) {
        IndexProgress current = progress.get();
        ctx.json(new Health(current.isReady() ? "ok" : IndexProgress.INDEXING, llm.enabled() ? "llm" : "offline",
                llm.enabled() ? llm.model() : null, knowledge.get().size(), Version.current(), current));
    }
}
