package dev.interviewer.knowledge;

import java.util.List;

/** The cards of one notes file and the problems found while reading it. */
public record ParsedNote(List<Card> cards, List<NoteProblem> problems) {
    public ParsedNote {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }
}
