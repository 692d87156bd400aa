package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds glossary terms in text in one pass: text is cut into Latin words (lower case, a plural "s" dropped) and
 * single Chinese characters, and the terms' token sequences are walked from every position. Spacing and hyphens
 * do not matter ("feed-forward" = "feed forward"), and neither does case, except for two-letter capitals such as
 * "TP" or "PP", which as lower-case words mean other things.
 */
final class TermTrie {
    private static final int EXACT_CASE_MAX = 2;

    private final Node root = new Node();

    /** A word or character of text with where it stands. */
    record Token(String key, String original, int start, int end) {
    }

    /** A term found in text. */
    record Match(String conceptId, String text, int start, int end) {
    }

    void add(String term, String conceptId) {
        List<Token> tokens = tokens(term);
        // "R²" reads as the word "r": a single letter is a variable name in notes ("rank r"), never a term.
        if (tokens.isEmpty() || tokens.size() == 1 && tokens.get(0).key().length() == 1
                && !Character.isIdeographic(tokens.get(0).key().codePointAt(0))) {
            return;
        }
        Node node = root;
        for (Token token : tokens) {
            node = node.children.computeIfAbsent(token.key(), k -> new Node());
        }
        boolean exact = term.length() <= EXACT_CASE_MAX && term.chars().allMatch(Character::isUpperCase);
        node.ends.add(new End(conceptId, exact ? term : null));
    }

    List<Match> find(String text) {
        List<Token> tokens = tokens(text);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match longest = null;
            int longestEnd = i;
            Node node = root;
            for (int j = i; j < tokens.size(); j++) {
                node = node.children.get(tokens.get(j).key());
                if (node == null) {
                    break;
                }
                for (End end : node.ends) {
                    if (end.exact() == null || end.exact().equals(tokens.get(i).original())) {
                        longest = new Match(end.conceptId(), text.substring(tokens.get(i).start(),
                                tokens.get(j).end()), tokens.get(i).start(), tokens.get(j).end());
                        longestEnd = j;
                        break;
                    }
                }
            }
            if (longest != null) {
                matches.add(longest);
                i = longestEnd + 1;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The normalised form of a term: its token keys joined by spaces. */
    static String key(String term) {
        return String.join(" ", tokens(term).stream().map(Token::key).toList());
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                tokens.add(new Token(text.substring(i, i + width), text.substring(i, i + width), i, i + width));
                i += width;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))
                        && !Character.isIdeographic(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                tokens.add(new Token(stem(word.toLowerCase(Locale.ROOT)), word, start, i));
            } else {
                i += width;
            }
        }
        return tokens;
    }

    private static String stem(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A concept whose term ends at a node; {@code exact} is the spelling that must match, or null for any case. */
    private record End(String conceptId, String exact) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<End> ends = new ArrayList<>(1);
    }
}
