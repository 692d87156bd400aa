package dev.interviewer.interview.target;

import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Maps a job description or résumé onto the notes: splits it into requirements and searches the cards for each
 * (the app's hybrid search, glossary included), several requirements at once. A card is linked to a requirement when
 * it scores at least {@link #LINK_THRESHOLD} and is about it ({@link CardEvidence}), or scores at least
 * {@link #STRONG_MATCH}; a requirement with a linked card is covered. A requirement that names nothing to study
 * and matches no card is generic and left out.
 */
public final class TargetAnalyzer implements AutoCloseable {
    /**
     * A card below this score is not linked. A little above the search's weak-match threshold
     * ({@link SearchHit#MATCH_THRESHOLD}, 0.2, calibrated on interview questions): requirement lines are short, and
     * "Kubernetes operators" reaches 0.19 on the bundled notes through the word "operators" alone.
     */
    public static final double LINK_THRESHOLD = 0.25;
    /** From this score a card is linked without sharing a word with the requirement (a paraphrase, another language). */
    public static final double STRONG_MATCH = 0.6;
    /** Cards shown per requirement. */
    public static final int MAX_CARDS = 5;
    private static final int SEARCH_DEPTH = 8;

    private final Supplier<CardSearch> search;
    private final Supplier<KnowledgeBase> knowledge;
    private final CardEvidence evidence = new CardEvidence();
    private final ExecutorService searches;

    /** @param search the notes' search, asked for on first use (building it loads the index and the model) */
    public TargetAnalyzer(Supplier<CardSearch> search, Supplier<KnowledgeBase> knowledge) {
        this.search = search;
        this.knowledge = knowledge;
        // Two searches at a time: each also embeds its query on a thread of its own, and the machine may have two cores.
        this.searches = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() / 2),
                r -> {
                    Thread t = new Thread(r, "target-search");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The requirements of the text, each with its cards or marked as a gap. */
    public TargetMap analyze(String text) {
        String checked = TargetChoice.checkedText(text);
        KnowledgeBase notes = knowledge.get();
        List<Requirement> requirements = new RequirementSplitter(notes.glossary()).split(checked);
        List<CompletableFuture<Optional<RequirementMatch>>> matches = requirements.stream()
                .map(r -> CompletableFuture.supplyAsync(() -> match(r, notes), searches)).toList();
        return TargetMap.of(matches.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList());
    }

    /** Cards near a card in the notes (found by its question), for "explore": the card itself not included. */
    public List<MatchedCard> neighbours(Card card, int top) {
        return search.get().search(SearchQuery.of(card.question(), Math.min(SearchQuery.MAX_TOP, top + 1))).stream()
                .filter(h -> !h.id().equals(card.id()) && h.score() >= LINK_THRESHOLD)
                .limit(top).map(h -> new MatchedCard(h.id(), h.title(), round(h.score()))).toList();
    }

    private Optional<RequirementMatch> match(Requirement requirement, KnowledgeBase notes) {
        Set<String> terms = evidence.terms(requirement.query(), notes.glossary());
        List<MatchedCard> cards = linkedCards(requirement.query(), terms, notes);
        String focus = new Signals(notes.glossary()).focus(requirement.query());
        if (cards.isEmpty() && !focus.isEmpty() && !focus.equalsIgnoreCase(requirement.query())) {
            // The names alone, without the words around them ("decide when ... pays off") that pull the score down.
            cards = linkedCards(focus, terms, notes);
        }
        if (cards.isEmpty() && !requirement.named()) {
            return Optional.empty();
        }
        return Optional.of(RequirementMatch.of(requirement, cards));
    }

    private List<MatchedCard> linkedCards(String query, Set<String> terms, KnowledgeBase notes) {
        List<MatchedCard> cards = new ArrayList<>();
        for (SearchHit hit : search.get().search(SearchQuery.of(query, SEARCH_DEPTH))) {
            if (cards.size() < MAX_CARDS && linked(hit, terms, notes)) {
                cards.add(new MatchedCard(hit.id(), hit.title(), round(hit.score())));
            }
        }
        return cards;
    }

    private boolean linked(SearchHit hit, Set<String> terms, KnowledgeBase notes) {
        if (hit.score() >= STRONG_MATCH) {
            return true;
        }
        return hit.score() >= LINK_THRESHOLD && notes.card(hit.id())
                .map(card -> evidence.about(card, terms, notes.glossary())).orElse(false);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    @Override
    public void close() {
        searches.shutdownNow();
    }
}
