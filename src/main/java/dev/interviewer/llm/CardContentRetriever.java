package dev.interviewer.llm;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The notes as a LangChain4j {@link ContentRetriever}: each matching card becomes one content with its title,
 * source and full reference, and the card id, source and score as metadata. Hits below the match threshold
 * are left out, so the model is never grounded on a card that does not really match.
 */
public final class CardContentRetriever implements ContentRetriever {
    public static final String CARD_ID = "card_id";
    public static final String SOURCE = "source";

    private final CardSearch search;
    private final Supplier<KnowledgeBase> knowledge;
    private final int maxResults;
    private final double minScore;

    public CardContentRetriever(CardSearch search, Supplier<KnowledgeBase> knowledge, int maxResults,
                                double minScore) {
        if (maxResults < 1 || maxResults > SearchQuery.MAX_TOP) {
            throw new IllegalArgumentException("maxResults must be 1-" + SearchQuery.MAX_TOP + ": " + maxResults);
        }
        this.search = search;
        this.knowledge = knowledge;
        this.maxResults = maxResults;
        this.minScore = minScore;
    }

    /** Three cards at most, only real matches. */
    public CardContentRetriever(CardSearch search, Supplier<KnowledgeBase> knowledge) {
        this(search, knowledge, 3, SearchHit.MATCH_THRESHOLD);
    }

    @Override
    public List<Content> retrieve(Query query) {
        return search.search(SearchQuery.of(query.text(), maxResults)).stream()
                .filter(hit -> hit.score() >= minScore)
                .map(this::content)
                .toList();
    }

    private Content content(SearchHit hit) {
        Optional<Card> card = knowledge.get().card(hit.id());
        String body = card.map(Card::reference).filter(r -> !r.isBlank()).orElse(hit.snippet());
        String text = "# " + hit.title() + "\n(" + hit.source() + ")\n\n" + body;
        Metadata metadata = Metadata.from(Map.of(CARD_ID, hit.id(), SOURCE, hit.source()));
        return Content.from(TextSegment.from(text, metadata), Map.of(ContentMetadata.SCORE, hit.score()));
    }
}
