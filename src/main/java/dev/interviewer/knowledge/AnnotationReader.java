package dev.interviewer.knowledge;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Finds the bold-labelled annotation paragraphs and lists in a section's body and reads their items. */
final class AnnotationReader {
    private final SourceText source;
    private final ProblemLog problems;

    AnnotationReader(SourceText source, ProblemLog problems) {
        this.source = source;
        this.problems = problems;
    }

    Annotations read(List<Node> body) {
        Annotations annotations = new Annotations();
        int trailing = trailingRun(body);
        for (int i = 0; i < body.size(); i++) {
            Node block = body.get(i);
            List<SourceText.Line> lines = i >= trailing && block instanceof Paragraph ? source.lines(block) : List.of();
            if (lines.isEmpty() || Label.parse(lines.get(0).text()).isEmpty()) {
                annotations.keep(block);
                continue;
            }
            Pending last = readLabelLines(lines, annotations);
            Node next = i + 1 < body.size() ? body.get(i + 1) : null;
            if (last.label().takesList() && next instanceof ListBlock list) {
                readList(last.label(), list, annotations);
                i++;
            } else if (last.value().isEmpty()) {
                problems.add(last.line(), "**" + last.name() + "** has no " + (last.label().takesList()
                        ? "items: put a list right after it" : "value: write it after the label on the same line"));
            }
        }
        return annotations;
    }

    /**
     * Where the annotations start: they follow the reference text, label after label. A bold "**Question**: ..."
     * line with ordinary text after it is part of someone's notes, not an annotation.
     */
    private int trailingRun(List<Node> body) {
        int i = body.size() - 1;
        while (i >= 0) {
            if (labelOf(body.get(i)) != null) {
                i--;
            } else if (body.get(i) instanceof ListBlock && i > 0 && labelOf(body.get(i - 1)) != null
                    && labelOf(body.get(i - 1)).takesList()) {
                i -= 2;
            } else {
                break;
            }
        }
        return i + 1;
    }

    /** The label of the paragraph's last label line (the one a following list belongs to), or null. */
    private Label labelOf(Node block) {
        if (!(block instanceof Paragraph)) {
            return null;
        }
        List<SourceText.Line> lines = source.lines(block);
        if (lines.isEmpty() || Label.parse(lines.get(0).text()).isEmpty()) {
            return null;
        }
        Label last = null;
        for (SourceText.Line line : lines) {
            Optional<Label.LabelLine> parsed = Label.parse(line.text());
            if (parsed.isPresent()) {
                last = parsed.get().label();
            }
        }
        return last;
    }

    /** Reads "**label**: value" lines; a line without a label continues the value above it. */
    private Pending readLabelLines(List<SourceText.Line> lines, Annotations annotations) {
        Pending pending = null;
        for (SourceText.Line line : lines) {
            Optional<Label.LabelLine> parsed = Label.parse(line.text());
            if (parsed.isPresent()) {
                flush(pending, annotations);
                Label.LabelLine label = parsed.get();
                pending = new Pending(label.label(), labelName(line.text()), label.value(), line.number());
            } else {
                pending = pending.append(line.text().strip());
            }
        }
        flush(pending, annotations);
        return pending;
    }

    private static void flush(Pending pending, Annotations annotations) {
        if (pending != null && !pending.value().isEmpty()) {
            annotations.add(pending.label(), new Item(pending.value(), pending.line()));
        }
    }

    private void readList(Label label, ListBlock list, Annotations annotations) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph) {
                String text = String.join(" ", source.lines(paragraph).stream()
                        .map(l -> l.text().strip()).toList());
                annotations.add(label, new Item(text, SourceText.line(item)));
            }
        }
    }

    private static String labelName(String line) {
        return line.strip().replaceFirst("^(\\*\\*|__)\\s*", "").replaceFirst("\\s*[:\uFF1A]?\\s*(\\*\\*|__).*$", "")
                .replaceFirst("[:\uFF1A].*$", "");
    }

    /** A label being read, with the value collected so far. */
    private record Pending(Label label, String name, String value, int line) {
        Pending append(String more) {
            return new Pending(label, name, value.isEmpty() ? more : value + " " + more, line);
        }
    }
}
