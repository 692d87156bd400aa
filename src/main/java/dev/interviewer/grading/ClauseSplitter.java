package dev.interviewer.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an answer into sentences, each into contrast segments ("不是 A 而是 B" gives two), each into clauses at
 * commas, colons and arrows. Chinese and English punctuation alike.
 */
final class ClauseSplitter {
    // An English period ends a sentence only when a space or the end follows (keeps 0.5 and 1.5B whole), and not
    // after an abbreviation (Dr. GRPO, e.g. PPO).
    private static final Pattern SENTENCE = Pattern.compile("[。！？!?；;\\n\\r]+|(?<!\\b(?:Dr|dr|vs|etc|al|e\\.g|i\\.e|"
            + "Fig|fig|No|Eq|eq))\\.(?=\\s|$)|\\s[-*•]\\s");
    private static final Pattern CONTRAST = Pattern.compile("(?=而是|但是|不过|然而|(?i)\\bbut\\b|\\brather than\\b|"
            + "\\binstead of\\b|\\bwhereas\\b)");
    // Terse answers chain steps with arrows ("sample N chains -> majority vote -> ..."): each step is a clause.
    private static final Pattern CLAUSE = Pattern.compile("[，,：:]+|\\s*(?:->|→|=>|⇒)\\s*");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[-*•]|\\d{1,2}[.)）、]|[(（]\\d{1,2}[)）])\\s*");
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
