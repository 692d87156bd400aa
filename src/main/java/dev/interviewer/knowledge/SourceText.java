package dev.interviewer.knowledge;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The text of one notes file, sliced by the source spans commonmark records on every node. */
final class SourceText {
    private final String text;

    SourceText(String text) {
        this.text = text;
    }

    /** 1-based line where the node starts, 0 when the parser recorded no position. */
    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The node's source exactly as written, from its first character to its last. */
    String raw(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        return text.substring(start(node), end(spans.get(spans.size() - 1)));
    }

    /** The source of the nodes from {@code first} to {@code last} (inclusive), e.g. a heading's inline content. */
    String raw(Node first, Node last) {
        if (first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
            return "";
        }
        List<SourceSpan> lastSpans = last.getSourceSpans();
        return text.substring(start(first), end(lastSpans.get(lastSpans.size() - 1)));
    }

    /** One string per source line of a leaf block, without the list or quote markers in front of it. */
    List<Line> lines(Node node) {
        return node.getSourceSpans().stream()
                .map(span -> new Line(span.getLineIndex() + 1, slice(span)))
                .toList();
    }

    static int start(Node node) {
        return node.getSourceSpans().get(0).getInputIndex();
    }

    static int end(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return end(spans.get(spans.size() - 1));
    }

    private static int end(SourceSpan span) {
        return span.getInputIndex() + span.getLength();
    }

    private String slice(SourceSpan span) {
        return text.substring(span.getInputIndex(), end(span));
    }

    /** One line of source with its 1-based number. */
    record Line(int number, String text) {
    }
}
