package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Glossary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Hybrid search over a {@link CardIndex}: BM25 over every text field in all three analyzers (title and question
 * boosted) and KNN over the card and passage vectors (those of both models for an English query on English
 * cards), fused by {@link Fusion} into a 0-1 score. A top score below {@link SearchHit#MATCH_THRESHOLD} means
 * the query matches no card well. Thread-safe.
 */
public final class HybridSearch implements CardSearch {
    // How deep each list is read before fusion. With rrfK = 3 a rank below 20 adds almost nothing, and every
    // candidate gets exact cosines anyway; the HNSW search costs grow with k.
    private static final int LEXICAL_DEPTH = 30;
    private static final int CARD_DEPTH = 20;
    private static final int PASSAGE_DEPTH = 60;

    /** Field boosts: what a card is about (title, question) outweighs what it merely mentions. */
    static final Map<String, Float> BOOSTS = ordered(
            CardIndex.TITLE, 3.0f,
            CardIndex.QUESTION, 2.5f,
            CardIndex.KEY_POINTS, 1.5f,
            CardIndex.PATH, 1.0f,
            CardIndex.TAGS, 1.0f,
            CardIndex.REFERENCE, 1.0f,
            CardIndex.EXTRA, 0.5f);

    // 7 fields x 3 analyzers x 35 terms + 8 fuzzy terms x 10 expansions + 2 x 20 concepts + 12 pinyin pairs stays
    // under Lucene's limit of 1024 clauses.
    private static final int MAX_TERMS = 35;
    private static final int FUZZY_EXPANSIONS = 10;
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MAX_FUZZY_TERMS = 8;
    private static final int MAX_CONCEPTS = 20;
    private static final float FUZZY_BOOST = 0.3f;
    private static final int MAX_PINYIN_PAIRS = 12;
    private static final float PINYIN_BOOST = 0.5f;
    private static final float CONCEPT_BOOST = 1.0f;
    private static final Map<String, String> PREFIXES = Map.of(
            Analyzers.WORDS, "w:", Analyzers.BIGRAMS, "b:", Analyzers.ENGLISH, "e:");

    private static final Executor EMBEDDING_THREAD = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "query-embedding");
        thread.setDaemon(true);
        return thread;
    });

    private final CardIndex index;
    private final TextEmbedder queryEmbedder;
    // null: English queries are embedded by bge only.
    private final TextEmbedder englishQueryEmbedder;
    private final Fusion fusion;
    // Ordered, so the same query always sums its clause scores in the same order (stable ties).
    private final Map<String, Analyzer> analyzers = ordered(
            Analyzers.WORDS, Analyzers.words(),
            Analyzers.BIGRAMS, Analyzers.bigrams(),
            Analyzers.ENGLISH, Analyzers.english());
    private final Snippets snippets = new Snippets();

    /**
     * @param queryEmbedder embeds the queries; pass the plain model rather than the on-disk cache, so one-off
     *                      queries do not fill the cache
     */
    public HybridSearch(CardIndex index, TextEmbedder queryEmbedder, TextEmbedder englishQueryEmbedder,
            Fusion fusion) {
        this.index = index;
        this.queryEmbedder = queryEmbedder;
        this.englishQueryEmbedder = englishQueryEmbedder;
        this.fusion = fusion;
    }

    /**
     * @param englishQueryEmbedder the model the index embedded its English cards with, for English queries
     */
    public HybridSearch(CardIndex index, TextEmbedder queryEmbedder, TextEmbedder englishQueryEmbedder) {
        this(index, queryEmbedder, englishQueryEmbedder, Fusion.DEFAULT);
    }

    public HybridSearch(CardIndex index, TextEmbedder queryEmbedder) {
        this(index, queryEmbedder, null, Fusion.DEFAULT);
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

    /** For tuning: the top candidates with what each list said about them. */
    List<Explained> explain(SearchQuery query) {
        IndexSearcher searcher = index.acquire();
        try {
            return rank(searcher, query).stream().limit(query.top()).map(c -> new Explained(c.entry.card().id(),
                    c.score, c.lexicalRank, c.bge, c.english, c.coverage)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + query.text(), e);
        } finally {
            index.release(searcher);
        }
    }

    private List<Candidate> rank(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query filter = filter(query.topic());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        // The models embed the query on other threads while BM25 runs here: they take about as long.
        CompletableFuture<float[]> embedding = embed(queryEmbedder, query.text());
        boolean englishQuery = englishQueryEmbedder != null && index.hasEnglishCards()
                && EnglishText.isEnglish(query.text());
        // The glossary names in the query, matched once for the lexical query, the coverage and the English model.
        List<Glossary.Mention> mentions = index.glossary().mentions(query.text());
        // Any other query on notes with English cards: the English model reads the English its concepts carry.
        String rendering = englishQuery || englishQueryEmbedder == null || !index.hasEnglishCards() ? ""
                : EnglishRendering.of(query.text(), mentions);
        boolean rendered = !rendering.isBlank();
        CompletableFuture<float[]> englishEmbedding = englishQuery ? embed(englishQueryEmbedder, query.text())
                : rendered ? embed(englishQueryEmbedder, rendering) : null;
        List<String> unknownWords = unknownLatinWords(Compounds.with(query.text()));
        collect(searcher, searcher.search(lexical(query.text(), mentions, unknownWords, filter), LEXICAL_DEPTH),
                candidates,
                (c, rank) -> c.lexicalRank = rank);
        float[] vector = VectorSet.normalized(embedding.join());
        Map<String, int[]> bgeRanks = vectorRanks(searcher, CardIndex.CARD_VECTOR, CardIndex.PASSAGE_VECTOR,
                vector, filter, candidates);
        Map<String, int[]> englishRanks = Map.of();
        float[] englishVector = null;
        if (englishQuery || rendered) {
            englishVector = VectorSet.normalized(englishEmbedding.join());
            englishRanks = vectorRanks(searcher, CardIndex.ENGLISH_CARD_VECTOR, CardIndex.ENGLISH_PASSAGE_VECTOR,
                    englishVector, filter, candidates);
        }
        for (Candidate c : candidates.values()) {
            c.bge = dense(bgeRanks, c.entry.bge(), c, vector);
            c.english = englishVector == null || c.entry.english().isNone() ? Fusion.Dense.NONE
                    : dense(englishRanks, c.entry.english(), c, englishVector);
        }
        score(candidates.values(), query.text(), mentions, unknownWords, rendered);
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        return ranked;
    }

    private static CompletableFuture<float[]> embed(TextEmbedder model, String text) {
        return CompletableFuture.supplyAsync(() -> model.embed(text), EMBEDDING_THREAD);
    }

    /** The card and passage list of one model: for each card found, its rank in each (0: not in that list). */
    private Map<String, int[]> vectorRanks(IndexSearcher searcher, String cardField, String passageField,
            float[] vector, Query filter, Map<String, Candidate> candidates) throws IOException {
        Map<String, int[]> ranks = new HashMap<>();
        collect(searcher, searcher.search(new KnnFloatVectorQuery(cardField, vector, CARD_DEPTH, filter),
                CARD_DEPTH), candidates, (c, rank) -> ranks.computeIfAbsent(c.entry.card().id(), k -> new int[2])[0] =
                rank);
        collect(searcher, searcher.search(new KnnFloatVectorQuery(passageField, vector, PASSAGE_DEPTH, filter),
                PASSAGE_DEPTH), candidates, (c, rank) -> ranks.computeIfAbsent(c.entry.card().id(),
                k -> new int[2])[1] = rank);
        return ranks;
    }

    private static Fusion.Dense dense(Map<String, int[]> ranks, VectorSet vectors, Candidate c, float[] query) {
        int[] rank = ranks.getOrDefault(c.entry.card().id(), new int[2]);
        return new Fusion.Dense(rank[0], rank[1], vectors.cardCosine(query), vectors.bestPassageCosine(query));
    }

    /** Visits the hits of one list in order, once per card (a card's later passages do not count again). */
    private void collect(IndexSearcher searcher, TopDocs top, Map<String, Candidate> candidates, Visitor visitor)
            throws IOException {
        String[] ids = cardIds(searcher, top.scoreDocs);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            IndexedCard entry = ids[i] == null ? null : index.entry(ids[i]);
            if (entry == null || !seen.add(ids[i])) {
                continue;
            }
            visitor.visit(candidates.computeIfAbsent(ids[i], k -> new Candidate(entry)), seen.size());
        }
    }

    private void score(Iterable<Candidate> candidates, String text, List<Glossary.Mention> mentions,
            List<String> unknownWords, boolean renderedQuery) {
        Set<String> queryTerms = index.termSet().of(Compounds.with(text));
        // A concept the card names in any language covers the words the query used for it, and so does the Chinese
        // of its title for the pinyin the query spelt it in: card term -> the query words it covers.
        Map<String, Set<String>> conceptWords = new LinkedHashMap<>();
        for (Glossary.Mention mention : mentions) {
            conceptWords.put(CardIndex.CONCEPT_TERM + mention.concept().id(), index.termSet().of(mention.variant()));
        }
        for (String word : unknownWords) {
            for (String pair : Pinyin.queryPairs(List.of(word))) {
                conceptWords.computeIfAbsent(CardIndex.PINYIN_TERM + pair, k -> new HashSet<>())
                        .addAll(index.termSet().of(word));
            }
        }
        TermStats stats = index.stats();
        double total = queryTerms.stream().mapToDouble(stats::idf).sum();
        for (Candidate c : candidates) {
            Set<String> covered = new HashSet<>();
            queryTerms.stream().filter(c.entry.terms()::contains).forEach(covered::add);
            conceptWords.forEach((concept, words) -> {
                if (c.entry.terms().contains(concept)) {
                    covered.addAll(words);
                }
            });
            double sum = queryTerms.stream().filter(covered::contains).mapToDouble(stats::idf).sum();
            c.coverage = total == 0 ? 0 : sum / total;
            c.score = fusion.score(c.lexicalRank, c.bge, c.english, renderedQuery, c.coverage);
        }
    }

    private Query lexical(String rawText, List<Glossary.Mention> mentions, List<String> unknownWords,
            Query filter) {
        String text = Compounds.with(rawText);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        addFuzzy(fields, unknownWords);
        addPinyin(fields, unknownWords);
        addConcepts(fields, mentions);
        for (Map.Entry<String, Analyzer> analyzer : analyzers.entrySet()) {
            List<String> terms = queryTerms(analyzer.getValue(), analyzer.getKey(), text);
            for (Map.Entry<String, Float> boost : BOOSTS.entrySet()) {
                BooleanQuery.Builder field = new BooleanQuery.Builder();
                terms.forEach(t -> field.add(new TermQuery(new Term(boost.getKey() + analyzer.getKey(), t)),
                        BooleanClause.Occur.SHOULD));
                fields.add(new BoostQuery(field.build(), boost.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        if (filter == null) {
            // Only card documents have text fields: no need to filter out the passage documents.
            return fields.build();
        }
        return new BooleanQuery.Builder().add(fields.build(), BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
    }

    /**
     * Glossary concepts the query names, matched in any language the card uses: the Chinese for "mixture of
     * experts" finds the card titled "MoE", "tensor parallelism" the one titled in Chinese. A concept in the card's
     * title or question counts as much as a title word; one anywhere in the card, as much as a reference word.
     */
    private void addConcepts(BooleanQuery.Builder fields, List<Glossary.Mention> mentions) {
        for (String concept : mentions.stream().map(m -> m.concept().id()).distinct().limit(MAX_CONCEPTS).toList()) {
            fields.add(new BoostQuery(new TermQuery(new Term(CardIndex.TITLE_CONCEPTS, concept)),
                    BOOSTS.get(CardIndex.TITLE) * CONCEPT_BOOST), BooleanClause.Occur.SHOULD);
            fields.add(new BoostQuery(new TermQuery(new Term(CardIndex.CONCEPTS, concept)),
                    BOOSTS.get(CardIndex.REFERENCE) * CONCEPT_BOOST), BooleanClause.Occur.SHOULD);
        }
    }

    /**
     * Misspelt Latin terms ({@code rmsnrom}, {@code monment}, {@code langchian}) still find the title, question, key
     * point, heading or file name that spells them right: one edit for shorter words, two for long ones, the first
     * letter fixed.
     */
    private void addFuzzy(BooleanQuery.Builder fields, List<String> unknownWords) {
        // Building the edit automata costs milliseconds: only for words long enough to be misspelt recognisably.
        List<String> words = unknownWords.stream().filter(w -> w.length() >= MIN_FUZZY_LENGTH)
                .limit(MAX_FUZZY_TERMS).toList();
        for (String word : words) {
            int edits = word.length() >= 8 ? 2 : 1;
            Term term = new Term(CardIndex.FUZZY + Analyzers.BIGRAMS, word);
            Query fuzzy = new FuzzyQuery(term, edits, 1, FUZZY_EXPANSIONS, true);
            fields.add(new BoostQuery(fuzzy, FUZZY_BOOST * BOOSTS.get(CardIndex.TITLE)), BooleanClause.Occur.SHOULD);
        }
    }

    /** Words no card contains that read as pinyin ("zhiye guihua") find the title written in Chinese. */
    private void addPinyin(BooleanQuery.Builder fields, List<String> unknownWords) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        List<String> found = Pinyin.queryPairs(unknownWords).stream().distinct().limit(MAX_PINYIN_PAIRS).toList();
        found.forEach(pair -> pairs.add(new TermQuery(new Term(CardIndex.PINYIN + Analyzers.BIGRAMS, pair)),
                BooleanClause.Occur.SHOULD));
        if (!found.isEmpty()) {
            fields.add(new BoostQuery(pairs.build(), PINYIN_BOOST * BOOSTS.get(CardIndex.TITLE)),
                    BooleanClause.Occur.SHOULD);
        }
    }

    /** The query's Latin words that no card contains, in order: misspelt words, or pinyin. */
    private List<String> unknownLatinWords(String text) {
        TermStats stats = index.stats();
        return TermSet.analyze(analyzers.get(Analyzers.BIGRAMS), text).stream()
                .filter(t -> t.chars().allMatch(ch -> ch >= 'a' && ch <= 'z'))
                .filter(t -> !stats.documentFrequency().containsKey("b:" + t)).toList();
    }

    /**
     * The query's distinct terms under one analyzer, the rarest first and at most {@link #MAX_TERMS}: a long
     * answer fragment would otherwise exceed Lucene's clause limit across the seven fields and three analyzers.
     */
    private List<String> queryTerms(Analyzer analyzer, String suffix, String text) {
        String prefix = PREFIXES.get(suffix);
        TermStats stats = index.stats();
        List<String> terms = new ArrayList<>();
        for (String term : TermSet.analyze(analyzer, text)) {
            // The English analyzer cuts Chinese into single characters, which the other two analyzers cover better
            // and which match nearly every card: they cost as much to score as a useful term and add nothing.
            if (!suffix.equals(Analyzers.ENGLISH) || !Character.isIdeographic(term.codePointAt(0))) {
                terms.add(term);
            }
        }
        if (terms.size() > MAX_TERMS) {
            terms.sort(Comparator.comparingDouble((String t) -> rarity(stats, prefix + t)).reversed());
            return terms.subList(0, MAX_TERMS);
        }
        return terms;
    }

    // Terms no card contains cannot match, so they rank last rather than first.
    private static double rarity(TermStats stats, String term) {
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

    /**
     * The card id of each hit, read from doc values (stored fields would decompress a block per hit). Doc values
     * only iterate forward, so the hits are visited in document order.
     */
    private static String[] cardIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        int leaf = -1;
        SortedDocValues values = null;
        for (int i : order) {
            int doc = hits[i].doc;
            int hitLeaf = ReaderUtil.subIndex(doc, leaves);
            if (hitLeaf != leaf) {
                leaf = hitLeaf;
                values = DocValues.getSorted(leaves.get(leaf).reader(), CardIndex.CARD);
            }
            if (values.advanceExact(doc - leaves.get(leaf).docBase)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return ids;
    }

    /** One candidate as the lists saw it (a rank of 0: not in that list), for tuning and diagnostics. */
    record Explained(String id, double score, int lexicalRank, Fusion.Dense bge, Fusion.Dense english,
                     double coverage) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f lex#%d bge card#%d passage#%d cos=%.3f/%.3f"
                    + " english card#%d passage#%d cos=%.3f/%.3f coverage=%.3f %s", score, lexicalRank,
                    bge.cardRank(), bge.passageRank(), bge.cardCosine(), bge.passageCosine(), english.cardRank(),
                    english.passageRank(), english.cardCosine(), english.passageCosine(), coverage, id);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** One card found by at least one list, with what each list said about it. */
    private static final class Candidate {
        final IndexedCard entry;
        int lexicalRank;
        Fusion.Dense bge = Fusion.Dense.NONE;
        Fusion.Dense english = Fusion.Dense.NONE;
        double coverage;
        double score;

        Candidate(IndexedCard entry) {
            this.entry = entry;
        }
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(Candidate candidate, int rank);
    }
}
