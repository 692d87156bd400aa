package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Splits a parsed document into sections at its top-level headings and bold question paragraphs. */
final class SectionSplitter {
    // "**Q: ...**", "**Q1:** ...", "**问：...**", "__Q.__ ..."
    private static final Pattern BOLD_QUESTION =
            Pattern.compile("^(\\*\\*|__)\\s*(?:Q|问)\\s*\\d*\\s*(?:\\*\\*|__)?\\s*[:：.．]");
    private static final Pattern QUESTION_PREFIX = Pattern.compile("^(?:Q|问)\\s*\\d*\\s*[:：.．]\\s*");
    private static final Pattern BOLD_MARKER = Pattern.compile("\\*\\*|__");

    private final SourceText source;

    SectionSplitter(SourceText source) {
        this.source = source;
    }

    List<Section> split(Node document) {
        List<Section> sections = new ArrayList<>();
        List<Node> body = new ArrayList<>();
        Section open = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            Section started = start(node);
            if (started != null) {
                close(open, body, sections);
                open = started;
                body = new ArrayList<>();
            } else if (!(node instanceof YamlFrontMatterBlock)) {
                // Text before the first heading belongs to no card: it is the file's preamble.
                body.add(node);
            }
        }
        close(open, body, sections);
        return sections;
    }

    private static void close(Section open, List<Node> body, List<Section> sections) {
        if (open != null) {
            sections.add(new Section(open.level(), open.title(), open.line(), open.lead(), body));
        }
    }

    private Section start(Node node) {
        if (node instanceof Heading heading) {
            String title = heading.getFirstChild() == null ? ""
                    : source.raw(heading.getFirstChild(), heading.getLastChild()).replace('\n', ' ');
            return new Section(heading.getLevel(), title, SourceText.line(node), "", List.of());
        }
        if (node instanceof Paragraph paragraph) {
            return boldQuestion(paragraph);
        }
        return null;
    }

    private Section boldQuestion(Paragraph paragraph) {
        List<SourceText.Line> lines = source.lines(paragraph);
        if (lines.isEmpty() || !BOLD_QUESTION.matcher(lines.get(0).text()).find()) {
            return null;
        }
        // The question runs until its bold is closed, which may be a line or two later.
        int end = 0;
        int markers = count(lines.get(0).text());
        while (markers % 2 == 1 && end + 1 < lines.size()) {
            end++;
            markers += count(lines.get(end).text());
        }
        String question = String.join(" ", lines.subList(0, end + 1).stream().map(SourceText.Line::text).toList());
        String lead = String.join("\n", lines.subList(end + 1, lines.size()).stream()
                .map(SourceText.Line::text).toList());
        String title = QUESTION_PREFIX.matcher(BOLD_MARKER.matcher(question).replaceAll("").strip()).replaceFirst("");
        return new Section(Section.QUESTION_LEVEL, title, lines.get(0).number(), lead, List.of());
    }

    private static int count(String line) {
        Matcher m = BOLD_MARKER.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
