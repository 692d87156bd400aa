package dev.interviewer.grading;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an answer into sentences, each into contrast segments ("not A but B" gives two, in any language: the
 * words of {@code lang/<code>/words/contrasts.txt}), each into clauses at commas, colons and arrows. Chinese
 * (full-width) and English punctuation alike.
 */
final class ClauseSplitter {
    // Full stops, exclamation and question marks and semicolons end a sentence, full-width (U+3002, U+FF01, U+FF1F,
    // U+FF1B) or not. An English period ends one only when a space or the end follows (keeps 0.5 and 1.5B whole),
    // and not after an abbreviation (Dr. GRPO, e.g. PPO).
    private static final Pattern SENTENCE = Pattern.compile("[\u3002\uFF01\uFF1F!?\uFF1B;\\n\\r]+"
            + "|(?<!\\b(?:Dr|dr|vs|etc|al|e\\.g|i\\.e|Fig|fig|No|Eq|eq))\\.(?=\\s|$)|\\s[-*•]\\s");
    private static final Pattern CONTRAST =
            Pattern.compile("(?=" + WordPatterns.inText(Wording.wordsOfEveryLanguage("contrasts")) + ")");
    // Terse answers chain steps with arrows ("sample N chains -> majority vote -> ..."): each step is a clause.
    // Commas and colons, full-width (U+FF0C, U+FF1A) or not.
    private static final Pattern CLAUSE = Pattern.compile("[\uFF0C,\uFF1A:]+|\\s*(?:->|→|=>|⇒)\\s*");
    // "-", "1.", "2)", "(3)", also with full-width parentheses (U+FF08, U+FF09) and the enumeration comma (U+3001).
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[-*•]|\\d{1,2}[.)\uFF09\u3001]|[(\uFF08]\\d{1,2}[)\uFF09])\\s*");
    private static final int MIN_CHARS = 2;

    private ClauseSplitter() {
    }

    /** A sentence: its text and its segments, each a list of clauses. */
    record Sentence(String text, List<List<String>> segments) {
        Sentence {
            segments = segments.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The sentences of the text with at most {@code maxClauses} clauses in all. Repeating a clause must not earn
     * more, so a clause seen before is dropped; fragments too short to mean anything join their neighbour.
     */
    static List<Sentence> split(String text, int maxClauses) {
        List<Sentence> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int budget = maxClauses;
        for (String sentence : SENTENCE.split(text)) {
            List<List<String>> segments = new ArrayList<>();
            for (String segment : CONTRAST.split(sentence)) {
                List<String> clauses = new ArrayList<>();
                for (String clause : CLAUSE.split(segment)) {
                    add(clauses, clause.strip());
                }
                clauses.removeIf(c -> !seen.add(TextSignals.squeeze(c)));
                clauses = clauses.subList(0, Math.min(clauses.size(), Math.max(0, budget)));
                budget -= clauses.size();
                if (!clauses.isEmpty()) {
                    segments.add(clauses);
                }
            }
            if (!segments.isEmpty()) {
                sentences.add(new Sentence(sentence.strip(), segments));
            }
        }
        return sentences;
    }

    private static void add(List<String> clauses, String clause) {
        String stripped = NUMBERING.matcher(clause).replaceFirst("");
        String squeezed = TextSignals.squeeze(stripped);
        if (squeezed.matches("\\d{0,2}")) {
            return;
        }
        if (squeezed.length() < MIN_CHARS && !clauses.isEmpty()) {
            int last = clauses.size() - 1;
            clauses.set(last, clauses.get(last) + " " + stripped);
        } else {
            clauses.add(stripped);
        }
    }
}
