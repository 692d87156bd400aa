package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;

/** Collects Markdown as blocks (paragraphs, lists, code) separated by blank lines, and inline text into paragraphs. */
final class MarkdownOut {
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private int pendingBreaks;
    private boolean leadingSpace;
    private boolean lineEnded;

    /** Appends inline Markdown to the open paragraph; runs of spaces collapse, as they do in HTML. */
    void inline(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == ' ') {
                if (paragraph.length() > 0 && !endsWithSpaceOrNewline()) {
                    pendingSpace();
                }
                leadingSpace |= paragraph.length() == 0;
            } else {
                flushBreaks();
                paragraph.append(c);
            }
        }
    }

    private void pendingSpace() {
        if (pendingBreaks == 0) {
            paragraph.append(' ');
        }
    }

    /** A {@code <br>}: a new line in the paragraph; two in a row end it. */
    void lineBreak() {
        if (paragraph.length() == 0) {
            return;
        }
        if (lineEnded) {
            // The line already ended (after a displayed formula): this break is that one.
            lineEnded = false;
            return;
        }
        pendingBreaks++;
        if (pendingBreaks >= 2) {
            endBlock();
        }
    }

    /** Ends the current line unless it is empty; a {@code <br>} right after it adds nothing. */
    void endLine() {
        if (paragraph.length() > 0 && pendingBreaks == 0) {
            pendingBreaks = 1;
            lineEnded = true;
        }
    }

    private void flushBreaks() {
        lineEnded = false;
        if (pendingBreaks > 0) {
            trimTrailingSpace();
            paragraph.append('\n');
            pendingBreaks = 0;
        }
    }

    private boolean endsWithSpaceOrNewline() {
        char last = paragraph.charAt(paragraph.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void trimTrailingSpace() {
        while (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == ' ') {
            paragraph.setLength(paragraph.length() - 1);
        }
    }

    /** Ends the open paragraph, if any. */
    void endBlock() {
        pendingBreaks = 0;
        lineEnded = false;
        leadingSpace = false;
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(text);
        }
    }

    /** Adds a finished block (a list, a code block, display math) after the open paragraph. */
    void block(String markdown) {
        endBlock();
        if (!markdown.isBlank()) {
            blocks.add(markdown.stripTrailing());
        }
    }

    List<String> blocks() {
        endBlock();
        return List.copyOf(blocks);
    }

    /** The Markdown so far: blocks separated by one blank line. */
    String markdown() {
        return String.join("\n\n", blocks());
    }

    /** The paragraph text when everything written is one paragraph (for inline wrappers like bold), else null. */
    String singleParagraph() {
        return blocks.isEmpty() ? (leadingSpace ? " " : "") + paragraph : null;
    }
}
