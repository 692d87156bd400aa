package dev.interviewer.web;

import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code POST /api/search {"query","top","topic"}}: the cards that match, best first. */
public final class SearchController implements Controller {
    static final int DEFAULT_TOP = 5;
    private final CardSearch search;

    public SearchController(CardSearch search) {
        this.search = search;
    }

    /** The request body; {@code top} defaults to 5, {@code topic} (a topic or tag) to all cards. */
    public record SearchRequest(String query, Integer top, String topic) {
    }

    /** The response: the query as given and its hits (each with a 0-1 score and {@code match}). */
    public record SearchResponse(String query, List<SearchHit> hits) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/search", this::search);
    }

    private void search(Context ctx) {
        SearchRequest request = ctx.bodyAsClass(SearchRequest.class);
        if (request == null || request.query() == null || request.query().isBlank()) {
            throw ApiException.badRequest("query is required");
        }
        int top = request.top() == null ? DEFAULT_TOP : request.top();
        if (top < 1 || top > SearchQuery.MAX_TOP) {
            throw ApiException.badRequest("top must be 1-" + SearchQuery.MAX_TOP + ": " + top);
        }
        SearchQuery query = new SearchQuery(request.query(), top, request.topic());
        ctx.json(new SearchResponse(request.query(), search.search(query)));
    }
}
