package dev.interviewer.knowledge;

import java.util.List;

/**
 * What {@code lint} reports about a notes folder.
 *
 * @param cards            number of cards read
 * @param withoutReference cards that have no reference answer, as {@code file:line: id}
 * @param thin             cards whose reference is a sentence or two, as {@code file:line: id}: grading against
 *                         them can only check those sentences
 * @param errors           problems that lose or garble text, as {@code file:line: message}
 * @param warnings         problems worth a look that lose nothing (a repeated title), as {@code file:line: message}
 */
public record LintReport(int cards, List<String> withoutReference, List<String> thin, List<String> errors,
                         List<String> warnings) {
    public LintReport {
        withoutReference = List.copyOf(withoutReference);
        thin = List.copyOf(thin);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public static LintReport of(KnowledgeBase knowledge) {
        return new LintReport(knowledge.size(),
                knowledge.cards().stream().filter(c -> !c.hasReference()).map(LintReport::where).toList(),
                knowledge.answerableCards().stream().filter(ThinNotes::isThin).map(LintReport::where).toList(),
                knowledge.problems().stream().filter(NoteProblem::isError).map(NoteProblem::toString).toList(),
                knowledge.problems().stream().filter(p -> !p.isError()).map(NoteProblem::toString).toList());
    }

    private static String where(Card card) {
        return card.file() + ":" + card.line() + ": " + card.id();
    }

    /** No errors: the notes read as written (warnings, thin cards and empty headings do not count). */
    public boolean clean() {
        return errors.isEmpty();
    }

    /** Nothing to report at all. */
    public boolean spotless() {
        return clean() && warnings.isEmpty() && withoutReference.isEmpty() && thin.isEmpty();
    }
}
