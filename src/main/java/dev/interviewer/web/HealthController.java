package dev.interviewer.web;

import dev.interviewer.grading.Bands;
import dev.interviewer.grading.Engine;
import dev.interviewer.interview.voice.AudioClip;
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
    private final About about;
    private final Supplier<IndexProgress> progress;
    private final Voice voice;

    /**
     * What the server says about itself.
     *
     * @param model   the LLM's model name, null for the offline engine
     * @param version the build's version
     */
    public record About(Engine engine, String model, String version) {
        public static About offline(String version) {
            return new About(Engine.OFFLINE, null, version);
        }
    }

    public HealthController(Supplier<KnowledgeBase> knowledge, About about, Supplier<IndexProgress> progress) {
        this(knowledge, about, progress, Voice.NONE);
    }

    public HealthController(Supplier<KnowledgeBase> knowledge, About about, Supplier<IndexProgress> progress,
            Voice voice) {
        this.knowledge = knowledge;
        this.about = about;
        this.progress = progress;
        this.voice = voice;
    }

    /**
     * What the server offers for voice: transcription through a speech endpoint ({@code transcribe}, with its
     * model) and server voices ({@code speech}); the page falls back on the browser's recogniser and voices.
     */
    public record Voice(boolean transcribe, String model, boolean speech, int maxSeconds, int maxMegabytes) {
        public static final Voice NONE = new Voice(false, null, false, AudioClip.MAX_SECONDS,
                (int) (AudioClip.MAX_BYTES / (1024 * 1024)));

        public static Voice of(String model, boolean speech) {
            return new Voice(true, model, speech, NONE.maxSeconds(), NONE.maxMegabytes());
        }
    }

    /** Without an index (tests, commands that never search): always ready. */
    public HealthController(Supplier<KnowledgeBase> knowledge, About about) {
        this(knowledge, about, () -> IndexProgress.ready(0));
    }

    /**
     * The health document; {@code model} is null for the offline engine. {@code bands} are the scores from which
     * an answer counts as strong or partial, so the page colours scores as the grader bands them.
     */
    public record Health(String status, Engine engine, String model, int cards, String version,
                         IndexProgress indexing, ScoreBands bands, Voice voice) {
    }

    /** The lowest scores of the strong and the partial band. */
    public record ScoreBands(double strong, double partial) {
        static final ScoreBands GRADER = new ScoreBands(Bands.STRONG, Bands.PARTIAL);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
    }

    private void health(Context ctx) {
        IndexProgress current = progress.get();
        ctx.json(new Health(current.isReady() ? "ok" : IndexProgress.INDEXING, about.engine(), about.model(),
                knowledge.get().size(), about.version(), current, ScoreBands.GRADER, voice));
    }
}
