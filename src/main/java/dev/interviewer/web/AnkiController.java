package dev.interviewer.web;

import dev.interviewer.interview.CardChoice;
import dev.interviewer.interview.InterviewService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Anki packages to download. {@code GET /api/interviews/{id}/anki}: the cards that interview's report lists for
 * review (the report's "Export weak cards to Anki"); {@code GET /api/anki?select=all|weak|due&topics=a,b}: cards
 * chosen over the whole history, as {@code export-anki --select} does. 404 when no card qualifies.
 */
public final class AnkiController implements Controller {
    private final CardChoice choice;
    private final InterviewService interviews;
    private final AnkiPackages packages;

    public AnkiController(CardChoice choice, InterviewService interviews, AnkiPackages packages) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.interviews = Objects.requireNonNull(interviews, "interviews");
        this.packages = Objects.requireNonNull(packages, "packages");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/anki", this::chosen);
        routes.get("/api/interviews/{id}/anki", this::ofInterview);
    }

    private void chosen(Context ctx) throws IOException {
        CardChoice.Which which = CardChoice.Which.parse(ctx.queryParamAsClass("select", String.class)
                .getOrDefault("all"));
        String topicsParam = ctx.queryParam("topics");
        List<String> topics = topicsParam == null ? List.of() : Arrays.asList(topicsParam.split(","));
        CardChoice.Chosen chosen = choice.choose(which, topics);
        if (chosen.cards().isEmpty()) {
            throw ApiException.notFound("no " + (which == CardChoice.Which.ALL ? "" : which.label() + " ")
                    + "cards to export" + (topics.isEmpty() ? "" : " for topics " + topicsParam)
                    + (which == CardChoice.Which.ALL ? "" : ": none in the review history yet"));
        }
        send(ctx, chosen, "interviewer-" + which.label() + ".apkg");
    }

    private void ofInterview(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        CardChoice.Chosen chosen = choice.ofReport(interviews.report(id));
        if (chosen.cards().isEmpty()) {
            throw ApiException.notFound("no weak cards to export: this interview's report lists none for review");
        }
        // The id goes into a header: keep only what an interview id can hold.
        String safe = id.replaceAll("[^0-9A-Za-z]", "");
        send(ctx, chosen, "interview-" + safe.substring(0, Math.min(8, safe.length())) + "-weak.apkg");
    }

    private void send(Context ctx, CardChoice.Chosen chosen, String fileName) throws IOException {
        byte[] apkg = packages.write(chosen.cards());
        ctx.contentType("application/apkg")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Cards", Integer.toString(chosen.cards().size()))
                .result(apkg);
    }
}
