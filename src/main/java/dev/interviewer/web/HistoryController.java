package dev.interviewer.web;

import dev.interviewer.interview.HistoryService;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/** {@code GET /api/history}: every interview, newest first, with the spaced-repetition summary. */
public final class HistoryController implements Controller {
    private final HistoryService history;

    public HistoryController(HistoryService history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/history", ctx -> ctx.json(history.history()));
    }
}
