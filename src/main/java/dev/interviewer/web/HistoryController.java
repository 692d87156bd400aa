package dev.interviewer.web;

import dev.interviewer.store.HistoryService;
import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;

/** {@code GET /api/history}: every interview, newest first, with the spaced-repetition summary. */
public final class HistoryController implements Controller {
    private final Supplier<HistoryService> history;

    public HistoryController(Supplier<HistoryService> history) {
        this.history = history;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/history", ctx -> ctx.json(history.get().history()));
    }
}
