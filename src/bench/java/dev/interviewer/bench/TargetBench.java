package dev.interviewer.bench;

import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import dev.interviewer.interview.target.RequirementSplitter;
import dev.interviewer.interview.target.TargetAnalysis;
import dev.interviewer.interview.target.TargetTexts;
import java.util.Map;

/**
 * How long mapping a job description onto the notes takes (what {@code POST /api/targets} does, in this JVM): a
 * 2,000-character description of English and Chinese requirements, split offline, then one hybrid search per
 * requirement, on the bundled notes, warm. The split alone is measured too: the rest is the searches.
 */
final class TargetBench {
    /** The description's length, in characters, as the issue sets it. */
    static final int CHARS = 2000;

    private final BenchSettings settings;
    private final Results results;

    TargetBench(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    /** An English job description followed by a Chinese one, cut at a line end to at most 2,000 characters. */
    static String description() {
        String both = TargetTexts.read(TargetTexts.POST_TRAINING_JD) + "\n\n"
                + TargetTexts.read(TargetTexts.ALIGNMENT_JD_ZH) + "\n\n" + TargetTexts.read(TargetTexts.RESUME);
        String cut = both.substring(0, Math.min(both.length(), CHARS));
        return cut.substring(0, cut.lastIndexOf('\n'));
    }

    void measure() {
        String text = description();
        AppConfig config = AppConfig.builder(Map.of()).knowledgeDir(settings.knowledge())
                .dataDir(settings.workDir().resolve("inprocess-data")).offline().build();
        try (App app = App.open(config)) {
            InProcessBench.quietly(app::liveIndex);
            int warmups = Math.max(3, settings.warmups() / 5);
            int reps = Math.max(10, settings.reps() / 10);
            Stats analyze = Stats.time(warmups, reps, () -> app.targets().analyze(text, "en"));
            TargetAnalysis map = app.targets().analyze(text, "en");
            RequirementSplitter splitter = new RequirementSplitter(app.knowledge().glossary());
            results.put("target_analyze_p50_ms", analyze.p50());
            results.put("target_analyze_p99_ms", analyze.p99());
            results.put("target_split_p50_ms", Stats.time(warmups * 10, reps * 10, () -> splitter.split(text)).p50());
            results.put("target_analyze_chars", text.length());
            results.put("target_analyze_requirements", map.requirements().size());
        }
    }
}
