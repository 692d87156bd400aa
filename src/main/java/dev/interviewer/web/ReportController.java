package dev.interviewer.web;

import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.report.ReportMarkdown;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * {@code GET /api/interviews/{id}/report.md}: the end report as Markdown, the same report the JSON endpoint
 * sends. Unknown ids are mapped to 404 with the interview API's other errors.
 */
public final class ReportController implements Controller {
    private final InterviewService service;
    private final ReportMarkdown markdown = new ReportMarkdown();

    public ReportController(InterviewService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/interviews/{id}/report.md", this::markdown);
    }

    private void markdown(Context ctx) {
        String id = ctx.pathParam("id");
        String text = markdown.render(service.report(id));
        ctx.contentType("text/markdown; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"interview-" + safe(id) + ".md\"")
                .result(text);
    }

    // The id goes into a header: keep only characters an interview id can have.
    private static String safe(String id) {
        return id.replaceAll("[^0-9A-Za-z-]", "");
    }
}
