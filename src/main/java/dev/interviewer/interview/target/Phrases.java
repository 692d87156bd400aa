package dev.interviewer.interview.target;

import java.util.List;
import java.util.Locale;

/**
 * Finds and strips word-list phrases in requirement text: a Latin phrase matches only as whole words ("plus" is not
 * in "surplus"), a Chinese one anywhere, except that a one-character Chinese lead ("you", to have) is stripped only
 * before a space or a Latin word, where it cannot be the start of a longer word ("youxiao", effective).
 */
final class Phrases {
    private Phrases() {
    }

    /** Whether the (lower-cased) text contains one of the (lower-case) phrases. */
    static boolean containsAny(String lowerText, List<String> phrases) {
        return phrases.stream().anyMatch(p -> contains(lowerText, p));
    }

    static int countOf(String lowerText, List<String> phrases) {
        return (int) phrases.stream().filter(p -> contains(lowerText, p)).count();
    }

    static boolean contains(String lowerText, String phrase) {
        for (int at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
            if (boundedBefore(lowerText, at, phrase) && boundedAfter(lowerText, at + phrase.length(), phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The text without the leads it starts with, repeatedly ("strong hands-on experience with X" -> "X"). */
    static String stripLeads(String text, List<String> leads) {
        String current = Punctuation.trim(text);
        boolean stripped = true;
        while (stripped && !current.isEmpty()) {
            stripped = false;
            String lower = current.toLowerCase(Locale.ROOT);
            for (String lead : leads) {
                if (lower.startsWith(lead) && lead.length() < current.length() && leadEnds(current, lead)) {
                    current = Punctuation.trim(current.substring(lead.length()));
                    stripped = true;
                    break;
                }
            }
        }
        return current;
    }

    /** The text without the trails it ends with, repeatedly ("DPO experience is a plus" -> "DPO"). */
    static String stripTrails(String text, List<String> trails) {
        String current = Punctuation.trim(text);
        boolean stripped = true;
        while (stripped && !current.isEmpty()) {
            stripped = false;
            String lower = current.toLowerCase(Locale.ROOT);
            for (String trail : trails) {
                int at = current.length() - trail.length();
                if (at > 0 && lower.endsWith(trail) && boundedBefore(lower, at, trail)) {
                    current = Punctuation.trim(current.substring(0, at));
                    stripped = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean leadEnds(String text, String lead) {
        char next = text.charAt(lead.length());
        if (isLatin(lead.charAt(lead.length() - 1))) {
            return !Character.isLetterOrDigit(next);
        }
        return lead.length() > 1 || !isHan(next);
    }

    private static boolean boundedBefore(String text, int at, String phrase) {
        return at == 0 || !isLatin(phrase.charAt(0)) || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean boundedAfter(String text, int end, String phrase) {
        return end >= text.length() || !isLatin(phrase.charAt(phrase.length() - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
