package dev.interviewer.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cards read from one notes folder, with the problems found while reading them. */
public final class KnowledgeBase {
    private final List<Card> cards;
    private final List<NoteProblem> problems;
    private final Map<String, Card> byId = new LinkedHashMap<>();
    private final Glossary glossary;

    public KnowledgeBase(List<Card> cards, List<NoteProblem> problems, Glossary glossary) {
        this.cards = List.copyOf(cards);
        this.problems = List.copyOf(problems);
        this.glossary = glossary;
        for (Card card : this.cards) {
            byId.putIfAbsent(card.id(), card);
        }
    }

    /** Cards with the bundled glossary. */
    public KnowledgeBase(List<Card> cards, List<NoteProblem> problems) {
        this(cards, problems, Glossary.bundled());
    }

    public Glossary glossary() {
        return glossary;
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), List.of());
    }

    public List<Card> cards() {
        return cards;
    }

    /** Cards that have a reference answer: the only ones that can be asked and graded. */
    public List<Card> answerableCards() {
        return cards.stream().filter(Card::hasReference).toList();
    }

    /** Answerable cards that make questions of their own (not a preamble or a "Background" section). */
    public List<Card> askableCards() {
        return cards.stream().filter(c -> c.hasReference() && c.askable()).toList();
    }

    public List<NoteProblem> problems() {
        return problems;
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return cards.size();
    }
}
