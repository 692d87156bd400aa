package dev.interviewer.lang;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regular expressions made of word lists and pattern lists, to splice into the patterns that read text. */
public final class WordPatterns {
    // A group that never matches: what an empty list stands for, so the pattern around it still compiles.
    private static final String NOTHING = "(?:(?!))";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private WordPatterns() {
    }

    /**
     * The words as literal alternatives, {@code (?:...)}. The longest come first, so that where one word starts
     * another (a negation and its longer form) the longer one is matched, whatever the order of the list.
     */
    public static String anyOf(Collection<String> words) {
        if (words.isEmpty()) {
            return NOTHING;
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The words as they occur in running text: words in Chinese characters anywhere (Chinese does not space its
     * words), other words whole ({@code \b}) and in any case.
     */
    public static String inText(Collection<String> words) {
        List<String> han = words.stream().filter(WordPatterns::isHan).toList();
        List<String> spaced = words.stream().filter(w -> !isHan(w)).toList();
        return "(?:" + anyOf(han) + "|(?i:\\b" + anyOf(spaced) + "\\b))";
    }

    /** The patterns as alternatives, each in a group of its own so that an inline flag stays in its line. */
    public static String anyPattern(List<String> patterns) {
        if (patterns.isEmpty()) {
            return NOTHING;
        }
        return patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Whether the word is written in Chinese characters (any of them). */
    public static boolean isHan(String word) {
        return HAN.matcher(word).find();
    }
}
