package dev.interviewer.interview.phrasing;

import dev.interviewer.lang.Wording;
import dev.interviewer.retrieval.LexicalTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a cue from a key point: one short term (an English word or a short Chinese phrase) that points toward the
 * point without stating it, and that the question and the candidate's answers do not already contain. Follow-ups
 * and hints name the cue ("what role does softmax play here?") instead of the point itself.
 */
final class Cues {
    // SmartCN segments Chinese into words; splitting on single function characters broke words apart.
    private static final LexicalTerms SEGMENTER = new LexicalTerms();
    private static final Pattern ASCII_TERM = Pattern.compile("[A-Za-z√][A-Za-z0-9_√\\-.]*[A-Za-z0-9]|[A-Za-z]");
    // Function words that join Chinese phrases; they are never cues and end a compound.
    private static final Set<String> FUNCTION_WORDS = Wording.of("zh").words("function-words");
    // Phrases ending in these characters are usually judgements, weaker cues than names of things.
    private static final Set<String> JUDGEMENT_ENDINGS = Wording.of("zh").words("judgement-endings");
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}]+");
    private static final Set<String> STOPWORDS = Wording.of("en").words("stopwords");

    private Cues() {
    }

    /** The cue, or empty when every term is already in the excluded text. */
    static String pick(String keyPoint, String excluded) {
        String lowerExcluded = excluded.toLowerCase(Locale.ROOT);
        for (String term : terms(keyPoint)) {
            if (!lowerExcluded.contains(term.toLowerCase(Locale.ROOT))) {
                return term;
            }
        }
        return "";
    }

    /** Candidate terms, the more telling first: technical words, then short Chinese noun phrases, in order. */
    static List<String> terms(String text) {
        List<Term> found = new ArrayList<>();
        Matcher ascii = ASCII_TERM.matcher(text);
        while (ascii.find()) {
            String word = ascii.group();
            if (word.length() >= 2 && !STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                boolean technical = word.chars().filter(Character::isLetter).count() >= 3 && !word.contains("_");
                found.add(new Term(technical ? 2 : 0, ascii.start(), word));
            }
        }
        Matcher run = CJK_RUN.matcher(text);
        while (run.find()) {
            addChinesePhrases(run.group(), run.start(), found);
        }
        found.sort(Comparator.comparingInt(Term::rank).reversed().thenComparingInt(Term::at)
                .thenComparing(Comparator.comparingInt((Term t) -> t.text().length()).reversed()));
        return found.stream().map(Term::text).distinct().toList();
    }

    // Words of two or more characters, and compounds of two neighbouring dictionary words, preferred. SmartCN
    // splits words it does not know into single characters: runs of those are joined back.
    private static void addChinesePhrases(String run, int offset, List<Term> found) {
        int at = offset;
        String previous = "";
        StringBuilder unknown = new StringBuilder();
        for (String word : SEGMENTER.words(run)) {
            boolean function = FUNCTION_WORDS.contains(word);
            if (word.length() == 1 && !function) {
                unknown.append(word);
                previous = "";
                at += 1;
                continue;
            }
            addUnknown(unknown, at, found);
            if (!function) {
                if (!previous.isEmpty() && previous.length() + word.length() <= 6) {
                    found.add(new Term(rank(previous + word), at - previous.length(), previous + word));
                }
                found.add(new Term(rank(word), at, word));
            }
            previous = function ? "" : word;
            at += word.length();
        }
        addUnknown(unknown, at, found);
    }

    private static void addUnknown(StringBuilder unknown, int end, List<Term> found) {
        if (unknown.length() >= 2 && unknown.length() <= 4) {
            found.add(new Term(rank(unknown.toString()), end - unknown.length(), unknown.toString()));
        }
        unknown.setLength(0);
    }

    private static int rank(String phrase) {
        return JUDGEMENT_ENDINGS.contains(phrase.substring(phrase.length() - 1)) ? 0 : 1;
    }

    private record Term(int rank, int at, String text) {
    }
}
