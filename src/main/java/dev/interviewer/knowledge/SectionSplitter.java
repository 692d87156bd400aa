package dev.interviewer.knowledge;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Splits a parsed document into sections at its top-level headings, bold question paragraphs and numbered
 * questions; text before the first of them is the file's preamble section.
 */
final class SectionSplitter {
    // "**Q: ...**", "**Q1:** ...", "__Q.__ ...", in any language (lang/<code>/words/question-marks.txt), with ASCII
    // or full-width colons and periods (U+FF1A, U+FF0E)
    private static final String QUESTION_MARK = WordPatterns.anyOf(Wording.wordsOfEveryLanguage("question-marks"));
    private static final Pattern BOLD_QUESTION = Pattern.compile("^(\\*\\*|__)\\s*" + QUESTION_MARK
            + "\\s*\\d*\\s*(?:\\*\\*|__)?\\s*[:\uFF1A.\uFF0E]");
    private static final Pattern QUESTION_PREFIX =
            Pattern.compile("^" + QUESTION_MARK + "\\s*\\d*\\s*[:\uFF1A.\uFF0E]\\s*");
    private static final Pattern BOLD_MARKER = Pattern.compile("\\*\\*|__");
    // "2.What is the difference between ...?": commonmark needs a space after "2." for a list, people often write
    // none (Chinese notes especially). Also with a full-width enumeration comma, colon, parenthesis or period (U+3001,
    // U+FF1A, U+FF09, U+FF0E).
    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*(?:Q\\s*)?\\d{1,3}\\s*[.\u3001:\uFF1A)\uFF09\uFF0E](?!\\d)\\s*(\\S.*)$");
    private static final int MAX_QUESTION_CHARS = 160;
    // One numbered line could be a step of an explanation; two or more in a file are a list of questions.
    private static final int MIN_NUMBERED_QUESTIONS = 2;

    private final SourceText source;
    private final String preambleTitle;

    SectionSplitter(SourceText source, String preambleTitle) {
        this.source = source;
        this.preambleTitle = preambleTitle;
    }

    List<Section> split(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof YamlFrontMatterBlock)) {
                blocks.add(node);
            }
        }
        boolean numbered = blocks.stream().filter(b -> numberedQuestion(b) != null).count()
                >= MIN_NUMBERED_QUESTIONS;
        List<Section> sections = new ArrayList<>();
        List<Node> body = new ArrayList<>();
        Section open = null;
        for (Node node : blocks) {
            Section started = start(node, numbered);
            if (started != null) {
                close(open, body, sections);
                open = started;
                body = new ArrayList<>();
            } else {
                body.add(node);
            }
        }
        close(open, body, sections);
        return sections;
    }

    /** Text before the first section: a card of its own when it has any (a quarter of some notebooks). */
    private Section preamble(List<Node> body) {
        return new Section(Section.QUESTION_LEVEL, preambleTitle, SourceText.line(body.get(0)), "", body,
                Section.Kind.PREAMBLE);
    }

    private void close(Section open, List<Node> body, List<Section> sections) {
        if (open != null) {
            sections.add(open.withBody(body));
        } else if (!body.isEmpty()) {
            sections.add(preamble(body));
        }
    }

    private Section start(Node node, boolean numbered) {
        if (node instanceof Heading heading) {
            String title = heading.getFirstChild() == null ? ""
                    : source.raw(heading.getFirstChild(), heading.getLastChild()).replace('\n', ' ');
            return new Section(heading.getLevel(), title, SourceText.line(node), "", List.of(), Section.Kind.HEADING);
        }
        if (node instanceof Paragraph paragraph) {
            Section bold = boldQuestion(paragraph);
            if (bold != null) {
                return bold;
            }
        }
        return numbered ? numberedQuestion(node) : null;
    }

    /**
     * "3.Which algorithm classifies the pictures?" or "1. 💡How is SFT data built?" as a one-item list, each
     * followed by its answer (often a ```text block), when it reads as a question.
     */
    private Section numberedQuestion(Node node) {
        Node paragraph = node;
        if (node instanceof OrderedList list) {
            if (list.getFirstChild() != list.getLastChild() || !(list.getFirstChild() instanceof ListItem item)
                    || item.getFirstChild() != item.getLastChild()) {
                return null;
            }
            paragraph = item.getFirstChild();
        }
        if (!(paragraph instanceof Paragraph)) {
            return null;
        }
        List<SourceText.Line> lines = source.lines(paragraph);
        String first = lines.isEmpty() ? "" : lines.get(0).text();
        String title = node instanceof OrderedList ? first : numberedText(first);
        if (title == null || lines.size() > 1 && lines.stream().skip(1).anyMatch(l -> numberedText(l.text()) != null)
                || title.codePointCount(0, title.length()) > MAX_QUESTION_CHARS) {
            return null;
        }
        // "1. K-means clustering" over a ```text block is a sub-topic of the section, not a question of its own.
        if (!Questions.isQuestion(InlineMarkdown.plain(title))) {
            return null;
        }
        String lead = String.join("\n", lines.subList(1, lines.size()).stream().map(SourceText.Line::text).toList());
        return new Section(Section.QUESTION_LEVEL, title, lines.get(0).number(), lead, List.of(),
                Section.Kind.QUESTION);
    }

    private static String numberedText(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
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
        return new Section(Section.QUESTION_LEVEL, title, lines.get(0).number(), lead, List.of(),
                Section.Kind.QUESTION);
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
