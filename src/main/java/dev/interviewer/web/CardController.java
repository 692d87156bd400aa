package dev.interviewer.web;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /api/cards/{id}}: one card with its reference, key points, follow-ups, pitfalls and source. Card ids
 * contain slashes ({@code rlhf/ppo}), so the id is the rest of the path.
 */
public final class CardController implements Controller {
    private final Supplier<KnowledgeBase> knowledge;

    public CardController(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/cards/<id>", this::card);
    }

    private void card(Context ctx) {
        String id = ctx.pathParam("id");
        Card card = knowledge.get().card(id).orElseThrow(() -> ApiException.notFound("no card with id " + id));
        ctx.json(card);
    }
}
