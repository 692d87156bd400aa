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

    public KnowledgeBase(List<Card> cards, List<NoteProblem> problems) {
        this.cards = List.copyOf(cards);
        this.problems = List.copyOf(problems);
        for (Card card : this.cards) {
            byId.putIfAbsent(card.id(), card);
        }
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
