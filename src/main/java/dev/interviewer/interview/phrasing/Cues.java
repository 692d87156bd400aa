package dev.interviewer.interview.phrasing;

import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.TermShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks a cue from a key point: a whole noun phrase that points toward the point without stating it and that the
 * question and the candidate's answers do not already contain. Only names of things qualify: a term of the
 * glossary ("KV cache", "behavior policy", in whichever language the point uses) or a word shaped like a
 * technology name (RMSNorm, W8A8). Any other word cut from a key point can be an adjective or a verb
 * ("independent", "needs"), and "what role does independent play here?" does not read; with no noun phrase the
 * interviewer asks without a cue.
 */
final class Cues {
    private static final int MIN_LENGTH = 2;

    private Cues() {
    }

    /** The cue, or empty when the key point names nothing that was not already said. */
    static String pick(String keyPoint, String excluded) {
        String lowerExcluded = excluded.toLowerCase(Locale.ROOT);
        for (String term : terms(keyPoint)) {
            if (!lowerExcluded.contains(term.toLowerCase(Locale.ROOT))) {
                return term;
            }
        }
        return "";
    }

    /** The noun phrases of a text, in order: glossary terms as written, then technology names not inside one. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Glossary.bundled().mentions(text).forEach(m -> add(terms, m.variant()));
        for (String word : TermShapes.latinWords(text)) {
            if (TermShapes.technologyName(word) && terms.stream().noneMatch(t -> t.contains(word))) {
                add(terms, word);
            }
        }
        return terms;
    }

    private static void add(List<String> terms, String term) {
        String trimmed = term.strip();
        if (trimmed.codePointCount(0, trimmed.length()) >= MIN_LENGTH && !terms.contains(trimmed)) {
            terms.add(trimmed);
        }
    }
}
