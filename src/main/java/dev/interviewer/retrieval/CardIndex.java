package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of the cards. Each card is one document with its texts indexed by all three
 * analyzers and a vector of its summary, followed by one small document per passage (question, English question,
 * key point, gloss, pitfall) with a vector of its own: Lucene 9.12 allows one vector per field per document.
 * All documents of a card share its id, so {@link #sync} replaces or deletes a card in one call.
 */
public final class CardIndex implements AutoCloseable {
    static final String CARD = "card";
    static final String KIND = "kind";
    static final String FACET = "facet";
    static final String CARD_VECTOR = "card_vector";
    static final String PASSAGE_VECTOR = "passage_vector";
    static final String KIND_CARD = "card";
    static final String KIND_PASSAGE = "passage";

    static final String TITLE = "title";
    static final String PATH = "path";
    static final String QUESTION = "question";
    static final String REFERENCE = "reference";
    static final String KEY_POINTS = "keypoints";
    static final String TAGS = "tags";
    static final String EXTRA = "extra";
    static final List<String> TEXT_FIELDS = List.of(TITLE, PATH, QUESTION, REFERENCE, KEY_POINTS, TAGS, EXTRA);

    // Refresh now and then during a long first build, so searches see the cards indexed so far.
    private static final int REFRESH_EVERY = 16;

    private final TextEmbedder embedder;
    private final TermSet termSet = new TermSet();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Stats stats = new Stats(0, Map.of());

    public CardIndex(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField(TEXT_FIELDS)));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory index", e);
        }
    }

    /** Reports how far a (re)build got. */
    @FunctionalInterface
    public interface Listener {
        void progress(int done, int total);
    }

    /** What a {@link #sync} changed. */
    public record SyncResult(int added, int updated, int removed, int unchanged) {
        public int changed() {
            return added + updated + removed;
        }
    }

    /**
     * Makes the index hold exactly these cards: cards whose content changed are re-embedded (through the
     * embedder's cache) and replaced, removed cards are deleted, unchanged cards are left alone.
     */
    public synchronized SyncResult sync(Collection<Card> cards, Listener listener) {
        Map<String, Card> wanted = new LinkedHashMap<>();
        cards.forEach(card -> wanted.putIfAbsent(card.id(), card));
        List<Card> changed = new ArrayList<>();
        int added = 0;
        for (Card card : wanted.values()) {
            Entry old = entries.get(card.id());
            if (old == null || !old.hash().equals(CardText.hash(card))) {
                changed.add(card);
                added += old == null ? 1 : 0;
            } else {
                entries.put(card.id(), old.withCard(card));
            }
        }
        List<String> removed = entries.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
        try {
            reindex(changed, listener);
            for (String id : removed) {
                writer.deleteDocuments(new Term(CARD, id));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index", e);
        }
        removed.forEach(entries::remove);
        stats = Stats.of(entries.values());
        return new SyncResult(added, changed.size() - added, removed.size(), wanted.size() - changed.size());
    }

    public int size() {
        return entries.size();
    }

    public boolean contains(String cardId) {
        return entries.containsKey(cardId);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an index searcher", e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release an index searcher", e);
        }
    }

    Entry entry(String cardId) {
        return entries.get(cardId);
    }

    Stats stats() {
        return stats;
    }

    TermSet termSet() {
        return termSet;
    }

    TextEmbedder embedder() {
        return embedder;
    }

    private void reindex(List<Card> changed, Listener listener) throws IOException {
        listener.progress(0, changed.size());
        for (int i = 0; i < changed.size(); i++) {
            Card card = changed.get(i);
            writer.updateDocuments(new Term(CARD, card.id()), documents(card));
            entries.put(card.id(), new Entry(card, CardText.hash(card), CardText.plain(card.reference()),
                    termSet.of(allText(card))));
            listener.progress(i + 1, changed.size());
            if ((i + 1) % REFRESH_EVERY == 0) {
                searchers.maybeRefreshBlocking();
            }
        }
    }

    private List<Document> documents(Card card) {
        Set<String> facets = CardText.facets(card);
        Document doc = new Document();
        doc.add(new StringField(CARD, card.id(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_CARD, Field.Store.NO));
        facets.forEach(f -> doc.add(new StringField(FACET, f, Field.Store.NO)));
        addText(doc, TITLE, card.title());
        addText(doc, PATH, String.join("\n", card.path()));
        addText(doc, QUESTION, card.question() + "\n" + card.questionEn());
        addText(doc, REFERENCE, CardText.plain(card.reference()));
        addText(doc, KEY_POINTS, keyPointText(card));
        addText(doc, TAGS, String.join("\n", card.tags()));
        addText(doc, EXTRA, extraText(card));
        doc.add(new KnnFloatVectorField(CARD_VECTOR, embedder.embed(CardText.summary(card)),
                VectorSimilarityFunction.COSINE));
        List<Document> docs = new ArrayList<>(List.of(doc));
        for (String passage : CardText.passages(card)) {
            Document p = new Document();
            p.add(new StringField(CARD, card.id(), Field.Store.YES));
            p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
            facets.forEach(f -> p.add(new StringField(FACET, f, Field.Store.NO)));
            p.add(new KnnFloatVectorField(PASSAGE_VECTOR, embedder.embed(passage), VectorSimilarityFunction.COSINE));
            docs.add(p);
        }
        return docs;
    }

    private static void addText(Document doc, String field, String text) {
        if (text.isBlank()) {
            return;
        }
        doc.add(new TextField(field + Analyzers.WORDS, text, Field.Store.NO));
        doc.add(new TextField(field + Analyzers.BIGRAMS, text, Field.Store.NO));
        doc.add(new TextField(field + Analyzers.ENGLISH, text, Field.Store.NO));
    }

    private static String keyPointText(Card card) {
        StringBuilder text = new StringBuilder();
        for (KeyPoint point : card.keyPoints()) {
            text.append(point.text()).append('\n').append(point.english()).append('\n');
        }
        return text.toString();
    }

    private static String extraText(Card card) {
        StringBuilder text = new StringBuilder();
        for (FollowUp followUp : card.followUps()) {
            text.append(followUp.question()).append('\n').append(followUp.english()).append('\n');
        }
        for (Pitfall pitfall : card.pitfalls()) {
            text.append(pitfall.claim()).append('\n').append(pitfall.english()).append('\n');
        }
        return text.toString();
    }

    private static String allText(Card card) {
        return String.join("\n", card.title(), String.join(" ", card.path()), card.question(), card.questionEn(),
                CardText.plain(card.reference()), keyPointText(card), String.join(" ", card.tags()));
    }

    /** A card as indexed: its content hash, plain reference (for snippets) and term set (for coverage). */
    record Entry(Card card, String hash, String plainReference, Set<String> terms) {
        Entry withCard(Card newer) {
            return new Entry(newer, hash, plainReference, terms);
        }
    }

    /** Document frequencies of the cards' terms, for weighting query terms by how rare they are. */
    record Stats(int cards, Map<String, Integer> documentFrequency) {
        static Stats of(Collection<Entry> entries) {
            Map<String, Integer> df = new HashMap<>();
            for (Entry entry : entries) {
                entry.terms().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            return new Stats(entries.size(), Map.copyOf(df));
        }

        /** Inverse document frequency; a term no card has weighs as much as the rarest. */
        double idf(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log(1.0 + (cards + 1.0) / (df + 0.5));
        }
    }
}
