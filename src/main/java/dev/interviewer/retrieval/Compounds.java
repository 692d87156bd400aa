package dev.interviewer.retrieval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joined forms of adjacent Latin words ({@code Pre-Norm} and {@code pre norm} both give {@code prenorm},
 * {@code Dr. GRPO} gives {@code drgrpo}), added to both the indexed text and the query, because people write
 * the same term with and without separators and no analyzer joins them. Words separated by a space are joined
 * only when the first is short (a prefix or an abbreviation) and neither is a function word, so English
 * sentences do not turn into compounds like {@code whatis} that would match every English gloss.
 */
final class Compounds {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can",
            "do", "does", "did", "for", "from", "how", "if", "in", "is", "it", "of", "on", "or", "the", "to", "vs",
            "was", "what", "when", "where", "which", "who", "why", "with");
    private static final int MAX_SPACED_PREFIX = 4;

    private Compounds() {
    }

    /** The joined pairs of the text, space-separated, lower case; empty when there are none. */
    static String of(String text) {
        Set<String> joined = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (previous != null && joinable(previous, text.substring(previousEnd, m.start()), word)) {
                joined.add(previous + word);
            }
            previous = word;
            previousEnd = m.end();
        }
        return String.join(" ", joined);
    }

    /** The text followed by its compounds. */
    static String with(String text) {
        String compounds = of(text);
        return compounds.isEmpty() ? text : text + "\n" + compounds;
    }

    private static boolean joinable(String first, String separator, String second) {
        if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(second)) {
            return false;
        }
        return separator.equals("-") || separator.equals("_") || separator.equals(".") || separator.equals(". ")
                || separator.equals(" ") && first.length() <= MAX_SPACED_PREFIX;
    }
}
