package dev.interviewer.interview;

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
    private static final Pattern ASCII_TERM = Pattern.compile("[A-Za-z√][A-Za-z0-9_√\\-.]*[A-Za-z0-9]|[A-Za-z]");
    // Function characters that join Chinese phrases; splitting on them leaves content phrases.
    private static final Pattern CJK_SEPARATORS = Pattern.compile("[的了和与及或是在为会使让把被将而且也都就则即]+");
    // Phrases ending in these are usually judgements ("过大", "更快"), weaker cues than names of things.
    private static final String JUDGEMENT_ENDINGS = "大小高低多少快慢好坏强弱长短";
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}]+");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "into",
            "are", "is", "of", "to", "in", "on", "by", "it", "its", "be", "as", "an", "a", "or", "not", "more",
            "less", "than", "make", "makes", "when", "which", "how", "why", "what", "can", "does", "use", "uses");

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
            int offset = run.start();
            for (String phrase : CJK_SEPARATORS.split(run.group())) {
                int at = text.indexOf(phrase, offset);
                if (phrase.length() >= 2 && phrase.length() <= 6) {
                    boolean judgement = JUDGEMENT_ENDINGS.indexOf(phrase.charAt(phrase.length() - 1)) >= 0;
                    found.add(new Term(judgement || phrase.length() > 4 ? 0 : 1, at, phrase));
                }
                offset = at + phrase.length();
            }
        }
        found.sort(Comparator.comparingInt(Term::rank).reversed().thenComparingInt(Term::at));
        return found.stream().map(Term::text).distinct().toList();
    }

    private record Term(int rank, int at, String text) {
    }
}
