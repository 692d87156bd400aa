package dev.interviewer.knowledge;

import java.util.List;

/**
 * What {@code lint} reports about a notes folder.
 *
 * @param cards            number of cards read
 * @param withoutReference cards that have no reference answer, as {@code file:line: id}
 * @param errors           problems found while reading, as {@code file:line: message}
 */
public record LintReport(int cards, List<String> withoutReference, List<String> errors) {
    public LintReport {
        withoutReference = List.copyOf(withoutReference);
        errors = List.copyOf(errors);
    }

    public static LintReport of(KnowledgeBase knowledge) {
        return new LintReport(knowledge.size(),
                knowledge.cards().stream().filter(c -> !c.hasReference())
                        .map(c -> c.file() + ":" + c.line() + ": " + c.id()).toList(),
                knowledge.problems().stream().map(NoteProblem::toString).toList());
    }

    /** Clean notes: every card has a reference and nothing went wrong. */
    public boolean clean() {
        return withoutReference.isEmpty() && errors.isEmpty();
    }
}
