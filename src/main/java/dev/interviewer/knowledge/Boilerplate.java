package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds sections that repeat word for word across files: an author line at the top of every file, a newsletter
 * or "support the author" footer at the bottom. They are page furniture, not notes, and as cards they would come
 * back as the top hit for half the queries.
 */
final class Boilerplate {
    static final int MIN_FILES = 3;
    // A shared one-liner ("see above", "TODO") is not furniture worth removing.
    private static final int MIN_CHARS = 20;

    private Boilerplate() {
    }

    /** The cards without the repeated ones; each repeated section is reported once as a warning. */
    static List<Card> without(List<Card> cards, List<NoteProblem> problems) {
        Map<String, List<Card>> byText = new LinkedHashMap<>();
        for (Card card : cards) {
            String text = card.reference().replaceAll("\\s+", " ").strip();
            if (text.length() >= MIN_CHARS && card.keyPoints().stream().allMatch(k -> k.english().isEmpty())) {
                byText.computeIfAbsent(text, t -> new ArrayList<>()).add(card);
            }
        }
        List<Card> repeated = new ArrayList<>();
        for (List<Card> group : byText.values()) {
            Set<String> files = group.stream().map(Card::file).collect(Collectors.toSet());
            if (files.size() >= MIN_FILES) {
                repeated.addAll(group);
                Card first = group.get(0);
                problems.add(new NoteProblem(first.file(), first.line(), "\"" + first.title() + "\" repeats word "
                        + "for word in " + files.size() + " files (a header or footer?): it is not made a card",
                        NoteProblem.Severity.WARNING));
            }
        }
        if (repeated.isEmpty()) {
            return cards;
        }
        Set<Card> drop = Set.copyOf(repeated);
        return cards.stream().filter(c -> !drop.contains(c)).toList();
    }
}
