package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.lang.Wording;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Grades a free-text question and answer: retrieval finds the card the question is about, the grader grades
 * against it. When no card matches well it says so instead of grading against the wrong card.
 */
public final class AnswerGrading {
    private static final int CANDIDATES = 3;

    private final CardSearch search;
    private final Supplier<KnowledgeBase> knowledge;
    private final Grader grader;
    private final double matchThreshold;

    /**
     * @param matchThreshold the search score (0-1) below which a top hit does not match the question
     */
    public AnswerGrading(CardSearch search, Supplier<KnowledgeBase> knowledge, Grader grader, double matchThreshold) {
        this.search = Objects.requireNonNull(search, "search");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.grader = Objects.requireNonNull(grader, "grader");
        this.matchThreshold = matchThreshold;
    }

    /** Grades the answer against the card the question matches; feedback in the answer's language. */
    public Grade grade(String question, String answer) {
        Objects.requireNonNull(question, "question");
        String text = answer == null ? "" : answer;
        String language = TextSignals.language(text.isBlank() ? question : text);
        long start = System.nanoTime();
        return match(question)
                .map(card -> grade(card, question, text, language))
                .orElseGet(() -> unmatched(language).withLatency((System.nanoTime() - start) / 1_000_000));
    }

    /** Grades against a known card (the interview knows which card it asked). */
    public Grade grade(Card card, String question, String answer, String language) {
        return grader.grade(new GradeRequest(card, question, answer, Set.of(), language));
    }

    /** The card the question is about: the best search hit that scores as a match and has a reference. */
    public Optional<Card> match(String question) {
        if (question.isBlank()) {
            return Optional.empty();
        }
        KnowledgeBase kb = knowledge.get();
        List<SearchHit> hits = search.search(SearchQuery.of(question, CANDIDATES));
        return hits.stream()
                .filter(hit -> hit.score() >= matchThreshold)
                .map(hit -> kb.card(hit.id()))
                .flatMap(Optional::stream)
                .filter(Card::hasReference)
                .findFirst();
    }

    private static Grade unmatched(String language) {
        String feedback = Wording.of(language).text("grading.unmatched");
        return Grade.builder(0, Band.OFF_TOPIC).feedback(feedback).engine(OfflineGrader.ENGINE).card("", false)
                .build();
    }
}
