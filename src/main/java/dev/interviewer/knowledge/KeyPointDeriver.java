package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Derives key points from plain notes: the top-level list items of the reference, else its sentences. */
final class KeyPointDeriver {
    // Long prose would otherwise yield dozens of one-sentence "key points" that no answer could cover.
    static final int MAX_SENTENCES = 6;
    private static final int MIN_SENTENCE_CHARS = 4;
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]]\\s+");

    private final SourceText source;

    KeyPointDeriver(SourceText source) {
        this.source = source;
    }

    List<KeyPoint> derive(String lead, List<Node> referenceBlocks) {
        List<String> texts = listItems(referenceBlocks);
        if (texts.isEmpty()) {
            texts = sentences(lead, referenceBlocks);
        }
        List<KeyPoint> points = new ArrayList<>();
        for (String text : texts) {
            points.add(new KeyPoint(points.size() + 1, text, "", 1));
        }
        return points;
    }

    private List<String> listItems(List<Node> blocks) {
        List<Node> items = blocks.stream().filter(ListBlock.class::isInstance).flatMap(KeyPointDeriver::children)
                .toList();
        // A single item holding a nested list (a link or a heading-like line above the real points): use the nested.
        if (items.size() == 1) {
            List<Node> nested = children(items.get(0)).filter(ListBlock.class::isInstance)
                    .flatMap(KeyPointDeriver::children).toList();
            items = nested.isEmpty() ? items : nested;
        }
        return items.stream().filter(ListItem.class::isInstance).map(this::itemText).filter(t -> !t.isEmpty())
                .toList();
    }

    private String itemText(Node item) {
        Node first = item.getFirstChild();
        // "- [x] done" task lists: the checkbox is not part of the point.
        return first instanceof Paragraph ? TASK_BOX.matcher(plainLines(first)).replaceFirst("") : "";
    }

    private List<String> sentences(String lead, List<Node> blocks) {
        Stream<String> paragraphs = Stream.concat(Stream.of(InlineMarkdown.plain(lead)),
                blocks.stream().filter(Paragraph.class::isInstance).filter(p -> !isOnlyImage(p)).map(this::plainLines));
        return paragraphs.map(ReferenceText::withoutAnswerPrefix)
                .filter(p -> !p.startsWith("$$"))
                // Semicolons join halves of one thought, so only sentence ends split.
                .flatMap(p -> Stream.of(p.split("(?<=[。！？!?])\\s*|(?<=\\.)\\s+")))
                .map(String::strip)
                .filter(s -> s.codePointCount(0, s.length()) >= MIN_SENTENCE_CHARS)
                .limit(MAX_SENTENCES)
                .toList();
    }

    private static boolean isOnlyImage(Node paragraph) {
        return paragraph.getFirstChild() instanceof Image && paragraph.getFirstChild() == paragraph.getLastChild();
    }

    private String plainLines(Node paragraph) {
        return InlineMarkdown.plain(String.join(" ", source.lines(paragraph).stream()
                .map(SourceText.Line::text).toList()));
    }

    private static Stream<Node> children(Node parent) {
        return Stream.iterate(parent.getFirstChild(), n -> n != null, Node::getNext);
    }
}
