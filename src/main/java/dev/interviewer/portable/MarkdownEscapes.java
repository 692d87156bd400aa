package dev.interviewer.portable;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escapes text so that Markdown shows it as written instead of reading markup into it. */
final class MarkdownEscapes {
    // "<div>" written as text would start raw HTML; "<pre>" at a line start would swallow the following cards.
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    // "2*3*4" would turn 3 into italics; a lone "a * b" is left alone.
    private static final Pattern STAR = Pattern.compile("(?<! )\\*|\\*(?! )");
    // A backslash matters only before ASCII punctuation: a Windows path keeps its single backslashes.
    private static final Pattern BACKSLASH = Pattern.compile("\\\\(?=[!-/:-@\\[-`{-~])");

    private MarkdownEscapes() {
    }

    /** Plain text: dollars, backticks, stars that could pair up and anything that looks like a tag are escaped. */
    static String text(String text) {
        if (!containsAny(text, "\\`$*<")) {
            return text;
        }
        String s = BACKSLASH.matcher(text).replaceAll("\\\\\\\\").replace("`", "\\`").replace("$", "\\$");
        s = STAR.matcher(s).replaceAll("\\\\*");
        return TAG_START.matcher(s).replaceAll(Matcher.quoteReplacement("\\<"));
    }

    /** Every run of whitespace (no-break spaces included) as one space, as HTML shows text. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || c == '\u00A0';
            if (!isSpace || !space) {
                out.append(isSpace ? ' ' : c);
            }
            space = isSpace;
        }
        return out.toString();
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text of a link or an image: brackets would end it early. */
    static String linkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s+", " ").strip();
    }

    /** A link target: spaces, parentheses, angle brackets and non-ASCII percent-encoded. */
    static String url(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "()<>\"`".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
