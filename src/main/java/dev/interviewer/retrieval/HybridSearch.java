package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Hybrid search over a {@link CardIndex}: BM25 over every text field in all three analyzers (title and question
 * boosted) and KNN over the card and passage vectors, fused by {@link Fusion} into a 0-1 score. A top score
 * below {@link SearchHit#MATCH_THRESHOLD} means the query matches no card well. Thread-safe.
 */
public final class HybridSearch implements CardSearch {
    // How deep each list is read before fusion; the index is small, so depth is cheap and avoids missing a card.
    private static final int LEXICAL_DEPTH = 50;
    private static final int CARD_DEPTH = 50;
    private static final int PASSAGE_DEPTH = 150;

    /** Field boosts: what a card is about (title, question) outweighs what it merely mentions. */
    static final Map<String, Float> BOOSTS = Map.of(
            CardIndex.TITLE, 3.0f,
            CardIndex.QUESTION, 2.5f,
            CardIndex.KEY_POINTS, 1.5f,
            CardIndex.PATH, 1.0f,
            CardIndex.TAGS, 1.0f,
            CardIndex.REFERENCE, 1.0f,
            CardIndex.EXTRA, 0.5f);

    private static final int MAX_TERMS = 40;
    private static final Map<String, String> PREFIXES = Map.of(
            Analyzers.WORDS, "w:", Analyzers.BIGRAMS, "b:", Analyzers.ENGLISH, "e:");

    private final CardIndex index;
    private final TextEmbedder queryEmbedder;
    private final Fusion fusion;
    private final Map<String, Analyzer> analyzers = Map.of(
            Analyzers.WORDS, Analyzers.words(),
            Analyzers.BIGRAMS, Analyzers.bigrams(),
            Analyzers.ENGLISH, Analyzers.english());
    private final Snippets snippets = new Snippets();

    /**
     * @param queryEmbedder embeds the queries; pass the plain model rather than the on-disk cache, so one-off
     *                      queries do not fill the cache
     */
    public HybridSearch(CardIndex index, TextEmbedder queryEmbedder, Fusion fusion) {
        this.index = index;
        this.queryEmbedder = queryEmbedder;
        this.fusion = fusion;
    }

    public HybridSearch(CardIndex index, TextEmbedder queryEmbedder) {
        this(index, queryEmbedder, Fusion.DEFAULT);
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        if (query.text().isBlank() || index.size() == 0) {
            return List.of();
        }
        IndexSearcher searcher = index.acquire();
        try {
            return rank(searcher, query).stream().limit(query.top()).map(c -> hit(c, query.text())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + query.text(), e);
        } finally {
            index.release(searcher);
        }
    }

    private List<Candidate> rank(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query filter = filter(query.topic());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        collect(searcher.search(lexical(query.text(), filter), LEXICAL_DEPTH), stored, candidates,
                (c, rank, score) -> c.lexicalRank = rank);
        float[] vector = queryEmbedder.embed(query.text());
        collect(searcher.search(new KnnFloatVectorQuery(CardIndex.CARD_VECTOR, vector, CARD_DEPTH, filter),
                CARD_DEPTH), stored, candidates, (c, rank, score) -> {
                    c.cardRank = rank;
                    c.cosine = Math.max(c.cosine, 2 * score - 1);
                });
        collect(searcher.search(new KnnFloatVectorQuery(CardIndex.PASSAGE_VECTOR, vector, PASSAGE_DEPTH, filter),
                PASSAGE_DEPTH), stored, candidates, (c, rank, score) -> {
                    c.passageRank = rank;
                    c.cosine = Math.max(c.cosine, 2 * score - 1);
                });
        score(candidates.values(), query.text());
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        return ranked;
    }

    /** Visits the hits of one list in order, once per card (a card's later passages do not count again). */
    private void collect(TopDocs top, StoredFields stored, Map<String, Candidate> candidates, Visitor visitor)
            throws IOException {
        Set<String> seen = new HashSet<>();
        for (ScoreDoc doc : top.scoreDocs) {
            String id = stored.document(doc.doc, Set.of(CardIndex.CARD)).get(CardIndex.CARD);
            CardIndex.Entry entry = index.entry(id);
            if (entry == null || !seen.add(id)) {
                continue;
            }
            visitor.visit(candidates.computeIfAbsent(id, k -> new Candidate(entry)), seen.size(), doc.score);
        }
    }

    private void score(Iterable<Candidate> candidates, String text) {
        Set<String> queryTerms = index.termSet().of(text);
        CardIndex.Stats stats = index.stats();
        double total = queryTerms.stream().mapToDouble(stats::idf).sum();
        for (Candidate c : candidates) {
            double covered = queryTerms.stream().filter(c.entry.terms()::contains).mapToDouble(stats::idf).sum();
            double coverage = total == 0 ? 0 : covered / total;
            c.score = fusion.score(c.lexicalRank, c.cardRank, c.passageRank, c.cosine, coverage);
        }
    }

    private Query lexical(String text, Query filter) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Analyzer> analyzer : analyzers.entrySet()) {
            List<String> terms = queryTerms(analyzer.getValue(), analyzer.getKey(), text);
            for (Map.Entry<String, Float> boost : BOOSTS.entrySet()) {
                BooleanQuery.Builder field = new BooleanQuery.Builder();
                terms.forEach(t -> field.add(new TermQuery(new Term(boost.getKey() + analyzer.getKey(), t)),
                        BooleanClause.Occur.SHOULD));
                fields.add(new BoostQuery(field.build(), boost.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(fields.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(CardIndex.KIND, CardIndex.KIND_CARD)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            query.add(filter, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The query's distinct terms under one analyzer, the rarest first and at most {@link #MAX_TERMS}: a long
     * answer fragment would otherwise exceed Lucene's clause limit across the seven fields and three analyzers.
     */
    private List<String> queryTerms(Analyzer analyzer, String suffix, String text) {
        String prefix = PREFIXES.get(suffix);
        CardIndex.Stats stats = index.stats();
        List<String> terms = new ArrayList<>(TermSet.analyze(analyzer, text));
        if (terms.size() > MAX_TERMS) {
            terms.sort(Comparator.comparingDouble((String t) -> rarity(stats, prefix + t)).reversed());
            return terms.subList(0, MAX_TERMS);
        }
        return terms;
    }

    // Terms no card contains cannot match, so they rank last rather than first.
    private static double rarity(CardIndex.Stats stats, String term) {
        return stats.documentFrequency().containsKey(term) ? stats.idf(term) : -1;
    }

    private static Query filter(String topic) {
        String facet = topic.strip().toLowerCase(Locale.ROOT);
        return facet.isEmpty() ? null : new TermQuery(new Term(CardIndex.FACET, facet));
    }

    private SearchHit hit(Candidate c, String queryText) {
        var card = c.entry.card();
        String snippet = snippets.snippet(queryText, c.entry.plainReference(), card.question());
        return new SearchHit(card.id(), card.title(), card.path(), card.source(), round(c.score), snippet);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** One card found by at least one list, with what each list said about it. */
    private static final class Candidate {
        final CardIndex.Entry entry;
        int lexicalRank;
        int cardRank;
        int passageRank;
        double cosine;
        double score;

        Candidate(CardIndex.Entry entry) {
            this.entry = entry;
        }
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(Candidate candidate, int rank, float score);
    }
}
