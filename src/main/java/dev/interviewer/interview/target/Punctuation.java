package dev.interviewer.interview.target;

import java.util.regex.Pattern;

/**
 * Trims the punctuation, bullets and quotes that surround a requirement. Full-width (Chinese) marks are written as
 * escapes: the Java sources hold no Chinese text.
 */
final class Punctuation {
    /** Full-width comma, enumeration comma, semicolon, colon, full stop, exclamation and question marks. */
    static final String FULL_WIDTH_MARKS = "\uff0c\u3001\uff1b\uff1a\u3002\uff01\uff1f";
    /** Opening brackets, ASCII and full-width (round, lenticular). */
    static final String OPENING = "(\uff08[\u3010";
    static final String CLOSING = ")\uff09]\u3011";
    // Dashes, bullets and curly quotes.
    private static final String MARKS = "\\-\u2013\u2014*\u2022\u00b7\u25cf\u25aa\u25e6\u2023>\"'\u201c\u201d\u2018\u2019`|";
    private static final String EDGE = "[\\s,;:.!?" + FULL_WIDTH_MARKS + MARKS + "]+";
    private static final Pattern EDGES = Pattern.compile("^" + EDGE + "|" + EDGE + "$");

    private Punctuation() {
    }

    static String trim(String text) {
        return unwrap(EDGES.matcher(text).replaceAll(""));
    }

    // "(PPO and DPO)" is the requirement inside the brackets.
    private static String unwrap(String text) {
        if (text.length() > 2 && OPENING.indexOf(text.charAt(0)) >= 0
                && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0
                && balanced(text.substring(1, text.length() - 1))) {
            return trim(text.substring(1, text.length() - 1));
        }
        return text;
    }

    private static boolean balanced(String inner) {
        int depth = 0;
        for (char c : inner.toCharArray()) {
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
