package dev.interviewer.cli;

import dev.interviewer.enrich.CardSuggestions.Placement;
import dev.interviewer.enrich.EnrichPlan;
import dev.interviewer.enrich.Enricher;
import dev.interviewer.retrieval.ConsoleProgressBar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enrich}: ask the model for annotations of plain cards (key points with weights and glosses, pitfalls,
 * follow-ups, level, tags), keep what the note supports, and put it in the review queue. Nothing is written into
 * the notes until someone accepts it on the card's page.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, description = {
        "Suggest annotations for cards with the model and queue them for review on each card's page.",
        "Suggestions are grounded in the card's own text; accepted ones go to <note>.annotations.md (or the note",
        "itself with --inline). A stopped run resumes: cards already in the queue are skipped."})
public final class EnrichCommand implements Callable<Integer> {
    static final int MAX_PARALLEL = 16;

    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Option(names = "--only-missing", description = "Only cards without annotations (no pitfalls, follow-ups or "
            + "glossed key points).")
    boolean onlyMissing;

    @Option(names = "--cards", split = ",", paramLabel = "ID", description = "Only these cards (ids, comma-separated).")
    List<String> cards = List.of();

    @Option(names = "--dry-run", description = "Show the cards and the estimated cost; call nothing.")
    boolean dryRun;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Cards asked at once, 1-" + MAX_PARALLEL + " (default: 4).")
    int parallel;

    @Option(names = "--yes", description = "Start without asking after showing the estimated cost.")
    boolean yes;

    @Option(names = "--inline", description = "Write accepted annotations into the note itself instead of a sidecar.")
    boolean inline;

    @Spec
    CommandSpec spec;

    /** Where the answer to "continue?" comes from; tests replace it. */
    InputStream input = System.in;

    @Override
    public Integer call() throws InterruptedException {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new UserException("--parallel must be 1-" + MAX_PARALLEL + ": " + parallel);
        }
        AppConfig config = llmOptions.apply(common.configBuilder()).build();
        if (!config.llm().enabled() && !dryRun) {
            throw new UserException("enrich needs a model: set OPENAI_API_KEY (and OPENAI_BASE_URL for other "
                    + "endpoints) or pass --base-url");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(config)) {
            EnrichPlan plan = plan(app);
            printPlan(out, config, plan);
            if (plan.cards().isEmpty()) {
                out.println("Nothing to enrich.");
                return 0;
            }
            if (dryRun) {
                plan.cards().forEach(c -> out.println("  " + c.id()));
                return 0;
            }
            if (!yes && !confirmed(out)) {
                return 0;
            }
            Enricher enricher = new Enricher(app.annotationModel(), app.proposalCheck(), app.reviewQueue(),
                    config.llm().model(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            ConsoleProgressBar bar = new ConsoleProgressBar(err, "enriching cards", System.console() != null);
            Enricher.Summary summary = enricher.run(plan.cards(), inline ? Placement.INLINE : Placement.SIDECAR,
                    parallel, bar::progress);
            printSummary(out, config, summary);
            return summary.failed().isEmpty() ? 0 : 1;
        }
    }

    private EnrichPlan plan(App app) {
        try {
            return EnrichPlan.of(app.knowledge(), cards, onlyMissing, app.reviewQueue(),
                    dryRun ? app.promptsOnly() : app.annotationModel(), app.config().pricing());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void printPlan(PrintWriter out, AppConfig config, EnrichPlan plan) {
        out.printf(Locale.ROOT, "%d cards to enrich (%d already in the review queue, %d already annotated)%n",
                plan.cards().size(), plan.queued(), plan.annotated());
        if (plan.cards().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "About %d prompt and %d completion tokens with %s%s%n", plan.promptTokens(),
                plan.completionTokens(), config.llm().enabled() ? config.llm().model() : "the model",
                plan.cost() == null ? " (pass --price-in and --price-out for a cost estimate)"
                        : String.format(Locale.ROOT, ": estimated cost %.4f", plan.cost()));
    }

    private boolean confirmed(PrintWriter out) {
        out.print("Continue? [y/N] ");
        out.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            throw new UserException("no answer to \"continue?\" (no terminal): pass --yes to start without asking");
        }
        if (!answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            out.println("Not started.");
            return false;
        }
        return true;
    }

    private static void printSummary(PrintWriter out, AppConfig config, Enricher.Summary s) {
        out.printf(Locale.ROOT, "Enriched %d cards: %d suggestions to review, %d proposed items thrown out as not "
                + "supported by the notes; tokens %d in, %d out%s%n", s.enriched(), s.suggestions(), s.rejected(),
                s.usage().input(), s.usage().output(), config.pricing().known() ? String.format(Locale.ROOT,
                        ", estimated cost %.4f", config.pricing().cost(s.usage())) : "");
        for (Enricher.Failure f : s.failed()) {
            out.println("  failed: " + f.cardId() + ": " + f.reason());
        }
        out.println("Review them on each card's page (serve, then Knowledge > the card) or GET /api/suggestions.");
        if (!s.failed().isEmpty()) {
            out.println(s.failed().size() + " cards failed; run enrich again to retry them.");
        }
    }
}
