package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

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
    static final String HASH = "hash";
    static final String TERMS = "terms";
    // Bump when documents or analysis change, so snapshots of the old layout are ignored.
    static final String FORMAT = "2";

    static final String TITLE = "title";
    static final String PATH = "path";
    static final String QUESTION = "question";
    static final String REFERENCE = "reference";
    static final String KEY_POINTS = "keypoints";
    static final String TAGS = "tags";
    static final String EXTRA = "extra";
    static final List<String> TEXT_FIELDS = List.of(TITLE, PATH, QUESTION, REFERENCE, KEY_POINTS, TAGS, EXTRA);

    private final TextEmbedder embedder;
    private final TermSet termSet = new TermSet();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final IndexSnapshot snapshot;
    // Cards found in the snapshot, by id: reused by the first sync when their content is unchanged.
    private Map<String, Restored> restored = Map.of();
    private volatile Stats stats = new Stats(0, Map.of());

    /** An index that starts empty and is never saved (tests, one-off use). */
    public CardIndex(TextEmbedder embedder) {
        this(embedder, null);
    }

    /**
     * An index that starts from the snapshot in {@code snapshotFolder} when there is a usable one, and saves a
     * new snapshot whenever a sync changes it.
     */
    public CardIndex(TextEmbedder embedder, Path snapshotFolder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.snapshot = snapshotFolder == null ? null : new IndexSnapshot(snapshotFolder);
        try {
            boolean fromSnapshot = snapshot != null && snapshot.restore(directory, snapshotData());
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(TEXT_FIELDS))
                    .setOpenMode(fromSnapshot ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
            if (fromSnapshot) {
                restored = readRestored();
            }
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
            String hash = CardText.hash(card);
            Entry old = entries.get(card.id());
            Restored saved = restored.get(card.id());
            if (old != null && old.hash().equals(hash)) {
                entries.put(card.id(), old.withCard(card));
            } else if (old == null && saved != null && saved.hash().equals(hash)) {
                entries.put(card.id(), restore(card, saved));
            } else {
                changed.add(card);
                added += old == null && saved == null ? 1 : 0;
            }
        }
        Set<String> indexed = new HashSet<>(entries.keySet());
        indexed.addAll(restored.keySet());
        List<String> removed = indexed.stream().filter(id -> !wanted.containsKey(id)).toList();
        try {
            reindex(changed, listener);
            for (String id : removed) {
                writer.deleteDocuments(new Term(CARD, id));
            }
            searchers.maybeRefreshBlocking();
            if (snapshot != null && (!changed.isEmpty() || !removed.isEmpty())) {
                writer.setLiveCommitData(snapshotData().entrySet());
                writer.commit();
                snapshot.save(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index", e);
        }
        removed.forEach(entries::remove);
        restored = Map.of();
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
            Entry entry = entry(card);
            writer.updateDocuments(new Term(CARD, card.id()), documents(entry));
            entries.put(card.id(), entry);
            listener.progress(i + 1, changed.size());
        }
    }

    private Entry entry(Card card) {
        return new Entry(card, CardText.hash(card), CardText.plain(card.reference()),
                termSet.of(Compounds.with(allText(card))), embedder.embed(CardText.summary(card)),
                CardText.passages(card).stream().map(embedder::embed).toList());
    }

    /** A unit-length copy, so a cosine is a plain dot product. */
    static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    /** An unchanged card from the snapshot: its vectors come from the embedding cache, its terms were saved. */
    private Entry restore(Card card, Restored saved) {
        return new Entry(card, saved.hash(), CardText.plain(card.reference()), saved.terms(),
                embedder.embed(CardText.summary(card)), CardText.passages(card).stream().map(embedder::embed).toList());
    }

    private Map<String, String> snapshotData() {
        return Map.of("format", FORMAT, "model", embedder.modelId(), "dimensions",
                Integer.toString(embedder.dimensions()));
    }

    private Map<String, Restored> readRestored() throws IOException {
        Map<String, Restored> found = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            TopDocs cards = searcher.search(new TermQuery(new Term(KIND, KIND_CARD)), Integer.MAX_VALUE);
            for (ScoreDoc hit : cards.scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(CARD, HASH, TERMS));
                found.put(doc.get(CARD), new Restored(doc.get(HASH), Set.of(doc.get(TERMS).split("\n"))));
            }
        } finally {
            searchers.release(searcher);
        }
        return found;
    }

    private static List<Document> documents(Entry entry) {
        Card card = entry.card();
        Set<String> facets = CardText.facets(card);
        Document doc = new Document();
        doc.add(new StringField(CARD, card.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CARD, new BytesRef(card.id())));
        doc.add(new StringField(KIND, KIND_CARD, Field.Store.NO));
        doc.add(new StoredField(HASH, entry.hash()));
        doc.add(new StoredField(TERMS, String.join("\n", entry.terms())));
        facets.forEach(f -> doc.add(new StringField(FACET, f, Field.Store.NO)));
        addText(doc, TITLE, card.title());
        addText(doc, PATH, String.join("\n", card.path()));
        addText(doc, QUESTION, card.question() + "\n" + card.questionEn());
        addText(doc, REFERENCE, entry.plainReference());
        addText(doc, KEY_POINTS, keyPointText(card));
        addText(doc, TAGS, String.join("\n", card.tags()));
        addText(doc, EXTRA, extraText(card));
        doc.add(new KnnFloatVectorField(CARD_VECTOR, entry.cardVector(), VectorSimilarityFunction.COSINE));
        List<Document> docs = new ArrayList<>(List.of(doc));
        for (float[] vector : entry.passageVectors()) {
            Document p = new Document();
            p.add(new StringField(CARD, card.id(), Field.Store.YES));
            p.add(new SortedDocValuesField(CARD, new BytesRef(card.id())));
            p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
            facets.forEach(f -> p.add(new StringField(FACET, f, Field.Store.NO)));
            p.add(new KnnFloatVectorField(PASSAGE_VECTOR, vector, VectorSimilarityFunction.COSINE));
            docs.add(p);
        }
        return docs;
    }

    private static void addText(Document doc, String field, String text) {
        if (text.isBlank()) {
            return;
        }
        String withCompounds = Compounds.with(text);
        doc.add(new TextField(field + Analyzers.WORDS, withCompounds, Field.Store.NO));
        doc.add(new TextField(field + Analyzers.BIGRAMS, withCompounds, Field.Store.NO));
        doc.add(new TextField(field + Analyzers.ENGLISH, withCompounds, Field.Store.NO));
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

    /**
     * A card as indexed: its content hash, plain reference (for snippets), term set (for coverage) and vectors
     * (kept in memory too, so every candidate gets exact similarities, not only those the KNN lists reached).
     */
    record Entry(Card card, String hash, String plainReference, Set<String> terms, float[] cardVector,
                 List<float[]> passageVectors) {
        Entry {
            cardVector = normalized(cardVector);
            passageVectors = passageVectors.stream().map(CardIndex::normalized).toList();
        }

        Entry withCard(Card newer) {
            return new Entry(newer, hash, plainReference, terms, cardVector, passageVectors);
        }

        /** Cosine with a unit-length query vector. */
        double cardCosine(float[] unitQuery) {
            return VectorUtil.dotProduct(cardVector, unitQuery);
        }

        /** Best cosine of any passage with a unit-length query vector. */
        double bestPassageCosine(float[] unitQuery) {
            double best = 0;
            for (float[] passage : passageVectors) {
                best = Math.max(best, VectorUtil.dotProduct(passage, unitQuery));
            }
            return best;
        }
    }

    /** What the snapshot remembers of a card: enough to reuse it without analysing its text again. */
    private record Restored(String hash, Set<String> terms) {
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

        /**
         * Inverse document frequency: close to 0 for a term nearly every card has (function words, the English
         * question template), highest for a term no card has.
         */
        double idf(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log((cards + 1.0) / (df + 0.5));
        }
    }
}
