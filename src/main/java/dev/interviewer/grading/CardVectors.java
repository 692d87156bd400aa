package dev.interviewer.grading;

import dev.interviewer.grading.CardProfile.PitfallProfile;
import dev.interviewer.grading.CardProfile.PointProfile;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.Pitfall;
import dev.interviewer.retrieval.LexicalTerms;
import dev.interviewer.retrieval.TextEmbedder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeddings and terms of the cards' key points, pitfalls and summaries, computed once per card version and
 * shared by the graders, so grading an answer embeds only the answer.
 */
public final class CardVectors {
    private static final int SUMMARY_CHARS = 400;
    private static final int DERIVED_POINTS = 6;
    // Key points within this cosine of the best match also restate a pitfall's correction.
    private static final double RESTATES_MARGIN = 0.03;

    private final TextEmbedder embedder;
    private final ClauseVectors clauses;
    private final LexicalTerms lexical;
    private final Map<String, CardProfile> profiles = new ConcurrentHashMap<>();
    private final Map<String, Summary> summaries = new ConcurrentHashMap<>();
    private volatile Space space;
    // The glossary of the notes the space was built from; profiles built under another one are rebuilt.
    private volatile Glossary glossary = Glossary.bundled();

    public CardVectors(TextEmbedder embedder, LexicalTerms lexical) {
        this(embedder, embedder, lexical);
    }

    /**
     * @param embedder        for the notes' texts, embedded again after every restart: a cached embedder pays off
     * @param answerEmbedder  for candidates' answers, each seen once: caching them would only grow the cache
     */
    public CardVectors(TextEmbedder embedder, TextEmbedder answerEmbedder, LexicalTerms lexical) {
        this.clauses = new ClauseVectors(Objects.requireNonNull(answerEmbedder, "answerEmbedder"));
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.lexical = Objects.requireNonNull(lexical, "lexical");
    }

    /** A card's whole-topic vectors: question and key points, in Chinese and in English. */
    record Summary(String fingerprint, float[] zh, float[] en) {
    }

    /** The answerable cards of one knowledge base with their summaries and term weights. */
    record Space(KnowledgeBase knowledge, List<Card> cards, List<Summary> summaries, TermWeights weights) {
    }

    /** Computes every card's vectors now (at start-up, in the background) instead of on first use. */
    public void warmUp(KnowledgeBase knowledge) {
        Space s = space(knowledge);
        s.cards().forEach(this::profile);
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    LexicalTerms lexical() {
        return lexical;
    }

    /** A text's terms (with the glossary concepts it names) and words. */
    TextFeatures features(String text) {
        return TextFeatures.of(text, lexical, glossary);
    }

    /** The terms used for weighting and overlap: the index terms plus glossary concepts. */
    private Set<String> terms(String text) {
        return features(text).terms();
    }

    /** Embeds a clause of an answer, or hands out its vector read ahead from a draft. */
    float[] embed(String text) {
        return clauses.vector(text);
    }

    /** Starts embedding, in the background, clauses of an answer still being written. */
    void readAhead(List<String> answerClauses) {
        clauses.readAhead(answerClauses);
    }

    Space space(KnowledgeBase knowledge) {
        Space current = space;
        if (current != null && current.knowledge() == knowledge) {
            return current;
        }
        return buildSpace(knowledge);
    }

    // One thread builds it, the others wait: fifty first answers at once must not embed every card fifty times.
    private synchronized Space buildSpace(KnowledgeBase knowledge) {
        Space current = space;
        if (current != null && current.knowledge() == knowledge) {
            return current;
        }
        glossary = knowledge.glossary();
        List<Card> cards = knowledge.answerableCards();
        List<Summary> sums = cards.stream().map(this::summary).toList();
        // Sentences of the references as well as key points, so that "is just" or "the" weigh little.
        List<Set<String>> documents = new ArrayList<>();
        for (Card card : cards) {
            for (KeyPoint point : keyPoints(card)) {
                documents.add(terms(point.text()));
                if (!point.english().isBlank()) {
                    documents.add(terms(point.english()));
                }
            }
            for (String sentence : card.reference().split("[\u3002\uFF01\uFF1F\\n]+")) {
                if (!sentence.isBlank()) {
                    documents.add(terms(sentence));
                }
            }
        }
        Space built = new Space(knowledge, cards, sums, new TermWeights(documents));
        space = built;
        return built;
    }

    CardProfile profile(Card card) {
        String fingerprint = fingerprint(card);
        CardProfile cached = profiles.get(card.id());
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached;
        }
        // Computed under the map's lock for this card, so concurrent first gradings of a card embed it once.
        return profiles.compute(card.id(), (id, old) -> old != null && old.fingerprint().equals(fingerprint) ? old
                : buildProfile(card, fingerprint));
    }

    private CardProfile buildProfile(Card card, String fingerprint) {
        Set<String> asked = terms(card.question() + "\n" + card.questionEn() + "\n" + card.title());
        List<PointProfile> points = keyPoints(card).stream().map(p -> pointProfile(p, asked)).toList();
        Set<String> onTopic = new HashSet<>(asked);
        for (PointProfile p : points) {
            onTopic.addAll(p.features().terms());
            if (p.englishFeatures() != null) {
                onTopic.addAll(p.englishFeatures().terms());
            }
        }
        Set<String> subject = new HashSet<>(terms(card.title()));
        subject.removeAll(terms(QuestionWords.ALL));
        return new CardProfile(fingerprint, points,
                card.pitfalls().stream().map(p -> pitfallProfile(p, onTopic, points)).toList(), subject);
    }

    Summary summary(Card card) {
        String fingerprint = fingerprint(card);
        Summary cached = summaries.get(card.id());
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached;
        }
        return summaries.compute(card.id(), (id, old) -> old != null && old.fingerprint().equals(fingerprint) ? old
                : buildSummary(card, fingerprint));
    }

    private Summary buildSummary(Card card, String fingerprint) {
        List<KeyPoint> points = keyPoints(card);
        String zh = clip(card.question() + "\n" + String.join("\uFF1B", points.stream().map(KeyPoint::text).toList()));
        List<String> glosses = points.stream().map(KeyPoint::english).filter(e -> !e.isBlank()).toList();
        String en = clip(card.questionEn() + "\n" + String.join("; ", glosses));
        return new Summary(fingerprint, embedder.embed(zh), glosses.isEmpty() ? null : embedder.embed(en));
    }

    /**
     * The key points to grade against: the card's own, or for plain notes without any, the first sentences
     * of the reference, so every answerable card can be graded.
     */
    static List<KeyPoint> keyPoints(Card card) {
        if (!card.keyPoints().isEmpty()) {
            return card.keyPoints();
        }
        List<KeyPoint> derived = new ArrayList<>();
        for (String sentence : card.reference().split("[\u3002\uFF01\uFF1F!?\\n]+|\\.(?=\\s|$)")) {
            String text = sentence.replaceAll("^[\\s#>*\\-\\d.\u3001)]+", "").strip();
            if (TextSignals.squeeze(text).length() >= 6 && derived.size() < DERIVED_POINTS) {
                derived.add(new KeyPoint(derived.size() + 1, text, "", 1));
            }
        }
        return derived;
    }

    private PointProfile pointProfile(KeyPoint point, Set<String> asked) {
        List<PointProfile> parts = new ArrayList<>();
        // Only points nobody wrote as points (plain notes, no gloss) run long with several claims.
        List<String> clauses = point.english().isBlank() ? PointParts.of(point.text()) : List.of();
        for (int i = 0; i < clauses.size(); i++) {
            parts.add(profile(new KeyPoint(point.number(), clauses.get(i), "", point.weight()), asked, List.of()));
        }
        return profile(point, asked, parts);
    }

    private PointProfile profile(KeyPoint point, Set<String> asked, List<PointProfile> parts) {
        boolean hasEnglish = !point.english().isBlank();
        TextFeatures features = features(point.text());
        TextFeatures english = hasEnglish ? features(point.english()) : null;
        return new PointProfile(point, embedder.embed(point.text()), features,
                hasEnglish ? embedder.embed(point.english()) : null, english,
                without(features.terms(), asked, true), english == null ? Set.of()
                        : without(english.terms(), asked, true), numbered(TextSignals.names(point.text())), parts);
    }

    private PitfallProfile pitfallProfile(Pitfall pitfall, Set<String> onTopic, List<PointProfile> points) {
        boolean hasEnglish = !pitfall.english().isBlank();
        TextFeatures features = features(pitfall.claim());
        TextFeatures english = hasEnglish ? features(pitfall.english()) : null;
        float[] correction = pitfall.correction().isBlank() ? null : embedder.embed(pitfall.correction());
        return new PitfallProfile(pitfall, embedder.embed(pitfall.claim()), features,
                hasEnglish ? embedder.embed(pitfall.english()) : null, english, correction,
                without(features.terms(), onTopic, false),
                english == null ? Set.of() : without(english.terms(), onTopic, false),
                content(features, onTopic, subjects(features)),
                english == null ? Set.of() : content(english, onTopic, subjects(features)),
                contradicted(correction, points));
    }

    /** The key point closest to the correction, and any other that restates it as closely. */
    private static Set<Integer> contradicted(float[] correction, List<PointProfile> points) {
        if (correction == null || points.isEmpty()) {
            return Set.of();
        }
        double best = points.stream().mapToDouble(p -> Vectors.cosine(correction, p.vector())).max().orElse(0);
        Set<Integer> numbers = new HashSet<>();
        for (PointProfile p : points) {
            double cos = Vectors.cosine(correction, p.vector());
            if (cos >= best - RESTATES_MARGIN) {
                numbers.add(p.point().number());
            }
        }
        return numbers;
    }

    // Names with a digit (k1 / k3, FP16 / BF16, ZeRO-1 / ZeRO-3) tell apart siblings that read alike.
    private static Set<String> numbered(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.stream().filter(n -> n.matches(".*\\d.*")).forEach(out::add);
        return out;
    }

    /**
     * The words that carry what a claim says: its distinctive terms less the grammar around them ("is there to") and
     * the names it is about (exp in "dividing by sqrt(d) is there to prevent overflow in exp"). An answer saying "is
     * there to save computing exp" has none of them.
     */
    private static Set<String> content(TextFeatures claim, Set<String> onTopic, Set<String> subjects) {
        Set<String> content = TextSignals.withoutFrame(without(claim.terms(), onTopic, false), claim.words());
        content.removeAll(subjects);
        return content;
    }

    // The Latin names in a Chinese claim (exp, ratio, PPO) say what it is about; its English form repeats them.
    private static Set<String> subjects(TextFeatures chineseClaim) {
        Set<String> terms = new HashSet<>();
        if (chineseClaim.cjk()) {
            TextSignals.names(chineseClaim.text()).forEach(n -> terms.addAll(List.of("w:" + n, "b:" + n)));
        }
        return terms;
    }

    /** {@code terms} minus {@code removed}; all of {@code terms} when nothing would be left and {@code keep}. */
    private static Set<String> without(Set<String> terms, Set<String> removed, boolean keep) {
        Set<String> left = new HashSet<>(terms);
        left.removeAll(removed);
        return left.isEmpty() && keep ? terms : left;
    }

    private static String clip(String text) {
        String t = text.strip();
        return t.length() <= SUMMARY_CHARS ? t : t.substring(0, SUMMARY_CHARS);
    }

    // Cached vectors stay valid exactly as long as the texts they were computed from.
    private String fingerprint(Card card) {
        return embedder.modelId() + "|" + System.identityHashCode(glossary) + "|" + card.question() + "|" + card.questionEn() + "|" + card.title() + "|"
                + card.keyPoints() + "|" + card.pitfalls() + "|"
                + (card.keyPoints().isEmpty() ? card.reference().hashCode() : 0);
    }
}
