package dev.interviewer.knowledge;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Builds a card's reference answer: the Markdown of its blocks as written (code, tables and LaTeX intact),
 * with images reduced to their alt text and HTML comments removed.
 */
final class ReferenceText {
    // "A: ...", "**A**: ..." in front of the answer to a bold question, in any language
    // (lang/<code>/words/answer-marks.txt), with an ASCII or full-width (U+FF1A) colon
    private static final Pattern ANSWER_PREFIX = Pattern.compile("^(?:\\*\\*|__)?\\s*"
            + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("answer-marks"))
            + "\\s*(?:\\*\\*|__)?\\s*[:\uFF1A]\\s*(?:\\*\\*|__)?\\s*");

    private final SourceText source;

    ReferenceText(SourceText source) {
        this.source = source;
    }

    /** Whether a block carries text of its own (a rule, a link definition or a comment does not). */
    boolean isContent(Node block) {
        return !(block instanceof ThematicBreak || block instanceof LinkReferenceDefinition)
                && !(block instanceof HtmlBlock && InlineMarkdown.withoutComments(source.raw(block)).isBlank());
    }

    String of(String lead, List<Node> blocks) {
        List<String> parts = new ArrayList<>();
        if (!lead.isBlank()) {
            parts.add(lead.strip());
        }
        for (Node block : blocks) {
            if (isContent(block)) {
                parts.add(markdown(block));
            }
        }
        return withoutAnswerPrefix(String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList()).strip());
    }

    /** Drops an "A:" (in any language) in front of the answer to a bold question. */
    static String withoutAnswerPrefix(String text) {
        return ANSWER_PREFIX.matcher(text).replaceFirst("");
    }

    private String markdown(Node block) {
        if (block instanceof HtmlBlock) {
            return InlineMarkdown.withoutComments(source.raw(block)).strip();
        }
        List<Edit> edits = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!image.getSourceSpans().isEmpty()) {
                    String alt = image.getFirstChild() == null ? ""
                            : InlineMarkdown.plain(source.raw(image.getFirstChild(), image.getLastChild()));
                    edits.add(new Edit(SourceText.start(image), SourceText.end(image), alt));
                }
            }

            @Override
            public void visit(HtmlInline html) {
                if (html.getLiteral().startsWith("<!--") && !html.getSourceSpans().isEmpty()) {
                    edits.add(new Edit(SourceText.start(html), SourceText.end(html), ""));
                }
            }
        });
        return apply(source.raw(block), SourceText.start(block), edits).stripTrailing();
    }

    private static String apply(String raw, int offset, List<Edit> edits) {
        StringBuilder text = new StringBuilder(raw);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> text.replace(e.start() - offset, e.end() - offset, e.replacement()));
        return text.toString();
    }

    /** Replace source characters [start, end) with a replacement. */
    private record Edit(int start, int end, String replacement) {
    }
}
