package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory Lucene index of the cards. Each card is one document with its texts indexed by all three
 * analyzers and a vector of its summary, followed by one small document per passage (question, English question,
 * key point, gloss, pitfall) with a vector of its own: Lucene 9.12 allows one vector per field per document.
 * Cards written in English carry the English model's vectors as well, in fields of their own.
 * All documents of a card share its id, so {@link #sync} replaces or deletes a card in one call.
 */
public final class CardIndex implements AutoCloseable {
    static final String CARD = "card";
    static final String KIND = "kind";
    static final String FACET = "facet";
    static final String CARD_VECTOR = "card_vector";
    static final String PASSAGE_VECTOR = "passage_vector";
    static final String ENGLISH_CARD_VECTOR = "english_card_vector";
    static final String ENGLISH_PASSAGE_VECTOR = "english_passage_vector";
    static final String KIND_CARD = "card";
    static final String KIND_PASSAGE = "passage";
    static final String HASH = "hash";
    static final String TERMS = "terms";
    private static final int REFRESH_EVERY = 16;
    // Bump when documents or analysis change, so snapshots of the old layout are ignored.
    static final String FORMAT = "7";

    static final String TITLE = "title";
    static final String PATH = "path";
    static final String QUESTION = "question";
    static final String REFERENCE = "reference";
    static final String KEY_POINTS = "keypoints";
    static final String TAGS = "tags";
    static final String EXTRA = "extra";
    /** Glossary concepts the title or question names, and those the whole card names (ids, not analysed). */
    static final String TITLE_CONCEPTS = "title_concepts";
    static final String CONCEPTS = "concepts";
    /** Prefix of a concept id in a card's term set, so coverage counts the Chinese for "feed-forward network" in a query as "FFN" in a card. */
    static final String CONCEPT_TERM = "c:";
    /** Prefix of a pinyin syllable pair of the card's title or question in its term set. */
    static final String PINYIN_TERM = "p:";
    /** Title, question, key points and location again, searched typo-tolerantly (bigram analyzer only). */
    static final String FUZZY = "fuzzy";
    /** The title's and question's Chinese as pinyin syllable pairs ({@link Pinyin}). */
    static final String PINYIN = "pinyin";
    static final List<String> TEXT_FIELDS =
            List.of(TITLE, PATH, QUESTION, REFERENCE, KEY_POINTS, TAGS, EXTRA, FUZZY, PINYIN);

    private final TextEmbedder embedder;
    // Embeds the cards written in English once more; null: none is used (tests, and indexes built without it).
    private final TextEmbedder englishEmbedder;
    private final TermSet termSet = new TermSet();
    // Files read back as byte arrays: a query looks up hundreds of terms, and slicing a byte array is cheap where
    // slicing the default list of buffers costs about a third of a lexical search.
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    private final Object openLock = new Object();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final Map<String, IndexedCard> entries = new ConcurrentHashMap<>();
    private final IndexSnapshot snapshot;
    // Cards found in the snapshot, by id: reused by the first sync when their content is unchanged.
    private volatile Map<String, Restored> restored = Map.of();
    private volatile TermStats stats = new TermStats(0, Map.of());
    private volatile boolean hasEnglishCards;

    /** An index that starts empty and is never saved (tests, one-off use). */
    // Set by each sync: the glossary of the notes last indexed, read by searches.
    private volatile Glossary glossary = Glossary.bundled();

    public CardIndex(TextEmbedder embedder) {
        this(embedder, null, null);
    }

    /**
     * An index that starts from the snapshot in {@code snapshotFolder} when there is a usable one, and saves a
     * new snapshot whenever a sync changes it. Nothing is read until {@link #open()} or the first sync.
     */
    public CardIndex(TextEmbedder embedder, Path snapshotFolder) {
        this(embedder, null, snapshotFolder);
    }

    /**
     * As {@link #CardIndex(TextEmbedder, Path)}, and the cards written in English get vectors of
     * {@code englishEmbedder} too, which {@link HybridSearch} uses for English queries.
     */
    public CardIndex(TextEmbedder embedder, TextEmbedder englishEmbedder, Path snapshotFolder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.englishEmbedder = englishEmbedder;
        this.snapshot = snapshotFolder == null ? null : new IndexSnapshot(snapshotFolder);
    }

    /**
     * Opens the index, from the snapshot when there is a usable one. Idempotent; the first sync does it anyway,
     * but calling it early lets it overlap with reading the notes.
     */
    public void open() {
        synchronized (openLock) {
            if (writer != null) {
                return;
            }
            try {
                boolean fromSnapshot = snapshot != null && snapshot.restore(directory, snapshotData());
                IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(TEXT_FIELDS)).setOpenMode(
                        fromSnapshot ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
                IndexWriter opened = new IndexWriter(directory, config);
                searchers = new SearcherManager(opened, null);
                writer = opened;
                if (fromSnapshot) {
                    restored = readRestored();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the in-memory index", e);
            }
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
        return sync(cards, glossary, listener);
    }

    /** As {@link #sync(Collection, Listener)}, with the glossary of the notes the cards come from. */
    public synchronized SyncResult sync(Collection<Card> cards, Glossary glossary, Listener listener) {
        this.glossary = glossary;
        open();
        Map<String, Card> wanted = new LinkedHashMap<>();
        cards.forEach(card -> wanted.putIfAbsent(card.id(), card));
        List<Card> changed = keepUnchanged(wanted.values());
        int added = (int) changed.stream().filter(c -> !entries.containsKey(c.id()) && !restored.containsKey(c.id()))
                .count();
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
        refreshStats();
        return new SyncResult(added, changed.size() - added, removed.size(), wanted.size() - changed.size());
    }

    /**
     * Keeps the cards whose content is already indexed (in this index, or in the snapshot it was opened from)
     * and returns the others, which need embedding and indexing.
     */
    private List<Card> keepUnchanged(Collection<Card> cards) {
        List<Card> changed = new ArrayList<>();
        for (Card card : cards) {
            String hash = CardText.hash(card, glossary);
            IndexedCard old = entries.get(card.id());
            Restored saved = restored.get(card.id());
            if (old != null && old.hash().equals(hash)) {
                entries.put(card.id(), old.withCard(card));
            } else if (old == null && saved != null && saved.hash().equals(hash)) {
                entries.put(card.id(), restore(card, saved));
            } else {
                changed.add(card);
            }
        }
        return changed;
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
            synchronized (openLock) {
                if (writer != null) {
                    searchers.close();
                    writer.close();
                }
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    IndexSearcher acquire() {
        open();
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

    IndexedCard entry(String cardId) {
        return entries.get(cardId);
    }

    TermStats stats() {
        return stats;
    }

    Glossary glossary() {
        return glossary;
    }

    TermSet termSet() {
        return termSet;
    }

    TextEmbedder embedder() {
        return embedder;
    }

    /** Whether any card has English vectors: only then is an English query embedded by the English model. */
    boolean hasEnglishCards() {
        return hasEnglishCards;
    }

    private void refreshStats() {
        stats = TermStats.of(entries.values());
        hasEnglishCards = entries.values().stream().anyMatch(e -> !e.english().isNone());
    }

    private void reindex(List<Card> changed, Listener listener) throws IOException {
        listener.progress(0, changed.size());
        for (int i = 0; i < changed.size(); i++) {
            Card card = changed.get(i);
            IndexedCard entry = entry(card);
            writer.updateDocuments(new Term(CARD, card.id()), documents(entry));
            entries.put(card.id(), entry);
            listener.progress(i + 1, changed.size());
            if ((i + 1) % REFRESH_EVERY == 0) {
                // A first build embeds for a while: searches meanwhile see the cards indexed so far.
                searchers.maybeRefreshBlocking();
                refreshStats();
            }
        }
        if (changed.size() > REFRESH_EVERY) {
            // One segment after a big build: each query term and vector search then runs once, not per segment.
            writer.forceMerge(1);
        }
    }

    private IndexedCard entry(Card card) {
        Set<String> terms = termSet.of(Compounds.with(allText(card)));
        glossary.conceptIds(allText(card)).forEach(id -> terms.add(CONCEPT_TERM + id));
        for (String pair : Pinyin.pairsOf(card.title() + "\n" + card.question()).split(" ")) {
            if (!pair.isEmpty()) {
                terms.add(PINYIN_TERM + pair);
            }
        }
        return new IndexedCard(card, CardText.hash(card, glossary), CardText.plain(card.reference()),
                TermSet.compact(terms), vectors(embedder, card), englishVectors(card));
    }

    /** An unchanged card from the snapshot: its vectors come from the embedding cache, its terms were saved. */
    private IndexedCard restore(Card card, Restored saved) {
        return new IndexedCard(card, saved.hash(), CardText.plain(card.reference()), saved.terms(),
                vectors(embedder, card), englishVectors(card));
    }

    private static VectorSet vectors(TextEmbedder model, Card card) {
        return new VectorSet(model.embed(CardText.summary(card)),
                CardText.passages(card).stream().map(model::embed).toList());
    }

    private VectorSet englishVectors(Card card) {
        return englishEmbedder != null && EnglishText.isEnglish(CardText.summary(card))
                ? vectors(englishEmbedder, card) : VectorSet.NONE;
    }

    private Map<String, String> snapshotData() {
        String english = englishEmbedder == null ? "" : "+" + englishEmbedder.modelId();
        return Map.of("format", FORMAT, "model", embedder.modelId() + english, "dimensions",
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
                found.put(doc.get(CARD), new Restored(doc.get(HASH),
                        TermSet.compact(Arrays.asList(doc.get(TERMS).split("\n")))));
            }
        } finally {
            searchers.release(searcher);
        }
        return found;
    }

    private List<Document> documents(IndexedCard entry) {
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
        addText(doc, PATH, CardText.location(card));
        addText(doc, QUESTION, card.question() + "\n" + card.questionEn());
        addText(doc, REFERENCE, entry.plainReference());
        addText(doc, KEY_POINTS, keyPointText(card));
        addText(doc, TAGS, String.join("\n", card.tags()));
        addText(doc, EXTRA, extraText(card));
        // One field for the typo-tolerant search: each misspelt word then costs one edit automaton, not one per field.
        doc.add(new TextField(FUZZY + Analyzers.BIGRAMS, Compounds.with(String.join("\n", card.title(), card.question(),
                keyPointText(card), CardText.location(card))), Field.Store.NO));
        doc.add(new TextField(PINYIN + Analyzers.BIGRAMS, Pinyin.pairsOf(card.title() + "\n" + card.question()),
                Field.Store.NO));
        glossary.conceptIds(card.title() + "\n" + card.question() + "\n" + card.questionEn())
                .forEach(id -> doc.add(new StringField(TITLE_CONCEPTS, id, Field.Store.NO)));
        entry.terms().stream().filter(t -> t.startsWith(CONCEPT_TERM))
                .forEach(t -> doc.add(new StringField(CONCEPTS, t.substring(CONCEPT_TERM.length()), Field.Store.NO)));
        doc.add(new KnnFloatVectorField(CARD_VECTOR, entry.bge().card(), VectorSimilarityFunction.COSINE));
        if (!entry.english().isNone()) {
            doc.add(new KnnFloatVectorField(ENGLISH_CARD_VECTOR, entry.english().card(),
                    VectorSimilarityFunction.COSINE));
        }
        List<Document> docs = new ArrayList<>(List.of(doc));
        List<float[]> passages = entry.bge().passages();
        for (int i = 0; i < passages.size(); i++) {
            float[] vector = passages.get(i);
            Document p = new Document();
            p.add(new StringField(CARD, card.id(), Field.Store.YES));
            p.add(new SortedDocValuesField(CARD, new BytesRef(card.id())));
            p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
            facets.forEach(f -> p.add(new StringField(FACET, f, Field.Store.NO)));
            p.add(new KnnFloatVectorField(PASSAGE_VECTOR, vector, VectorSimilarityFunction.COSINE));
            if (!entry.english().isNone()) {
                p.add(new KnnFloatVectorField(ENGLISH_PASSAGE_VECTOR, entry.english().passages().get(i),
                        VectorSimilarityFunction.COSINE));
            }
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
        for (KeyPoint point : CardText.centralPoints(card)) {
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

    /** What the snapshot remembers of a card: enough to reuse it without analysing its text again. */
    private record Restored(String hash, Set<String> terms) {
    }
}
