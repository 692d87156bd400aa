package dev.interviewer.web;

import dev.interviewer.enrich.CardSuggestions;
import dev.interviewer.enrich.ReviewException;
import dev.interviewer.enrich.ReviewService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The review of the annotations {@code enrich} suggested, under {@code /api/suggestions}: list the cards with
 * suggestions, read one card's, and accept, edit or reject an item (or accept all of a card's). Card ids contain
 * slashes, so the id is the rest of the path.
 */
public final class SuggestionController implements Controller {
    private final ReviewService review;

    public SuggestionController(ReviewService review) {
        this.review = Objects.requireNonNull(review, "review");
    }

    /**
     * {@code POST /api/suggestions/{id}}: {@code action} is accept, reject, edit or accept-all; {@code item} names the
     * suggestion (not for accept-all); an edit may give text, english, weight and correction.
     */
    public record DecisionRequest(String action, String item, String text, String english, Double weight,
            String correction) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/suggestions", ctx -> ctx.json(Map.of("cards", review.list())));
        routes.get("/api/suggestions/<id>", ctx -> ctx.json(mapped(() -> review.get(ctx.pathParam("id")))));
        routes.post("/api/suggestions/<id>", this::decide);
    }

    private void decide(Context ctx) {
        if (ctx.body().isBlank()) {
            throw ApiException.badRequest("the request needs a JSON body: {\"action\": \"accept\", \"item\": \"kp1\"}");
        }
        DecisionRequest request = ctx.bodyAsClass(DecisionRequest.class);
        if (request == null || request.action() == null || request.action().isBlank()) {
            throw ApiException.badRequest("action is required: accept, reject, edit or accept-all");
        }
        String id = ctx.pathParam("id");
        String action = request.action().strip().toLowerCase(Locale.ROOT);
        if (action.equals("accept-all")) {
            ctx.json(mapped(() -> review.acceptAll(id)));
            return;
        }
        ReviewService.Action parsed = switch (action) {
            case "accept" -> ReviewService.Action.ACCEPT;
            case "reject" -> ReviewService.Action.REJECT;
            case "edit" -> ReviewService.Action.EDIT;
            default -> throw ApiException.badRequest("action must be accept, reject, edit or accept-all: "
                    + request.action());
        };
        if (request.item() == null || request.item().isBlank()) {
            throw ApiException.badRequest("item is required: the id of the suggestion (kp1, pf2, ...)");
        }
        ReviewService.Edit edit = new ReviewService.Edit(request.text(), request.english(), request.weight(),
                request.correction());
        ctx.json(mapped(() -> review.decide(id, request.item().strip(), parsed, edit)));
    }

    private static CardSuggestions mapped(Supplier<CardSuggestions> call) {
        try {
            return call.get();
        } catch (ReviewException e) {
            throw new ApiException(switch (e.reason()) {
                case NOT_FOUND -> 404;
                case INVALID -> 400;
                case CONFLICT -> 409;
            }, e.getMessage());
        }
    }
}
