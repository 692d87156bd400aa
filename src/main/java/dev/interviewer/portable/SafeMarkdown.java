package dev.interviewer.portable;

import dev.interviewer.knowledge.Label;
import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes imported text safe to put in a notes file: a question must stay one heading, and nothing in an answer may
 * start a new card (a heading, a setext underline, a bold "Q:" paragraph), start an annotation (a bold label such
 * as {@code **Tags**:}) or swallow the following cards (an unclosed code fence or HTML comment).
 */
final class SafeMarkdown {
    private static final Pattern ATX_HEADING = Pattern.compile("^( {0,3})(#{1,6})(?=\\s|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    // A paragraph starting with a bold label or a bold question is read as an annotation or a card.
    private static final Pattern BOLD_START = Pattern.compile("^( {0,3})(\\*\\*|__)([^*_]{1,60}?)\\2");
    // "**Q1:**" (lang/<code>/words/question-marks.txt), with an ASCII or full-width colon or period
    // (U+FF1A, U+FF0E), as the notes parser reads a question
    private static final Pattern BOLD_QUESTION = Pattern.compile("^ {0,3}(\\*\\*|__)\\s*"
            + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("question-marks"))
            + "\\s*\\d*\\s*(?:\\*\\*|__)?\\s*[:\uFF1A.\uFF0E]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");
    private static final Pattern MARKUP_ONLY = Pattern.compile("[\\s*_~`\\\\#>]+");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A link into the imported media folder, as {@link HtmlToMarkdown} writes it. */
    static final Pattern MEDIA_LINK = Pattern.compile(
            "!?\\[(?:[^\\]\\\\]|\\\\.)*+]\\(" + MediaLinks.MEDIA_FOLDER + "[^)]*\\)");

    private SafeMarkdown() {
    }

    /** The question as the text of one {@code ##} heading; HTML comments are hidden text, so they go. */
    static String heading(String markdown) {
        String line = oneLine(COMMENT.matcher(markdown).replaceAll(" "));
        if (line.startsWith("#")) {
            line = "\\" + line;
        }
        // "## C #" would lose its closing "#": an ATX heading's closing sequence is not part of its text.
        Matcher closing = CLOSING_HASHES.matcher(line);
        return closing.find() ? line.substring(0, closing.start(2)) + closing.group(2).replace("#", "\\#") : line;
    }

    /** An annotation value or list item: one line. A leading {@code [w=2]} is kept: it is the notes' own syntax. */
    static String item(String markdown) {
        return oneLine(markdown);
    }

    /** Whether a question has no text to ask: only markup, media links or comments. */
    static boolean isBlankQuestion(String markdown) {
        String text = MEDIA_LINK.matcher(COMMENT.matcher(markdown).replaceAll("")).replaceAll("");
        return MARKUP_ONLY.matcher(text).replaceAll("").isEmpty();
    }

    static boolean hasMediaLink(String markdown) {
        return MEDIA_LINK.matcher(markdown).find();
    }

    static String oneLine(String markdown) {
        return WHITESPACE.matcher(markdown).replaceAll(" ").strip();
    }

    /** The answer, with every line that would change the structure of the notes file neutralised. */
    static String body(String markdown) {
        List<String> out = new ArrayList<>();
        String fence = null;
        boolean paragraphStart = true;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher fenceMatch = line.indexOf('`') < 0 && line.indexOf('~') < 0 ? null : FENCE.matcher(line);
            if (fence != null) {
                if (closes(line, fence)) {
                    fence = null;
                }
            } else if (fenceMatch != null && fenceMatch.find()) {
                fence = fenceMatch.group(1);
            } else if (line.isBlank()) {
                paragraphStart = true;
            } else {
                line = safeLine(line, paragraphStart, out);
                paragraphStart = false;
            }
            out.add(line);
        }
        if (fence != null) {
            out.add(fence);
        }
        return closeComments(String.join("\n", out).strip());
    }

    private static String safeLine(String line, boolean paragraphStart, List<String> out) {
        String start = line.stripLeading();
        if (start.isEmpty() || "#=-*_".indexOf(start.charAt(0)) < 0) {
            // Only these can start a heading, an underline or a bold label: most lines are left at once.
            return line;
        }
        Matcher heading = ATX_HEADING.matcher(line);
        if (heading.find()) {
            return heading.group(1) + "\\" + line.substring(heading.group(1).length());
        }
        if (!paragraphStart && SETEXT_UNDERLINE.matcher(line).matches()) {
            // "text" above "---" is a heading; with a blank line between, "---" is a rule and "===" is text.
            out.add("");
            return line;
        }
        return paragraphStart ? unbolded(line) : line;
    }

    /** A paragraph's first line that starts with a bold label ("**Tags**:") or a bold question: bold dropped. */
    private static String unbolded(String line) {
        if (BOLD_QUESTION.matcher(line).find()) {
            return line.replaceFirst("(\\*\\*|__)", "");
        }
        Matcher bold = BOLD_START.matcher(line);
        if (bold.find()) {
            String inside = bold.group(3).strip();
            String allBold = inside.replaceFirst("[:\uFF1A].*$", "");
            String name = line.substring(bold.end()).isBlank() ? allBold : inside.replaceFirst("[:\uFF1A]$", "");
            // The notes parser's labels (knowledge/README.md), in every language.
            if (Label.named(name).isPresent()) {
                return bold.group(1) + bold.group(3) + line.substring(bold.end());
            }
        }
        return line;
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0))
                && line.indexOf(fence.charAt(0)) <= 3;
    }

    /** An HTML comment opened and never closed hides the rest of the file: its opening is written as text. */
    private static String closeComments(String text) {
        int lastClose = text.lastIndexOf("-->");
        int unclosed = text.indexOf("<!--", lastClose < 0 ? 0 : lastClose);
        if (unclosed < 0) {
            return text;
        }
        return text.substring(0, unclosed) + text.substring(unclosed).replace("<!--", "\\<!--");
    }
}
