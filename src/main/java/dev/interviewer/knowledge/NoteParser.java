package dev.interviewer.knowledge;

import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Parses one Markdown notes file into cards (see knowledge/README.md for the format) and its problems. */
public final class NoteParser {
    private final Parser markdown = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * @param file path of the file relative to the notes folder, with forward slashes (it prefixes card ids)
     * @param text the file's text; a BOM and CRLF line ends are accepted
     */
    public ParsedNote parse(String file, String text) {
        String normalized = normalize(text);
        ProblemLog problems = new ProblemLog(file);
        Node document = markdown.parse(normalized);
        SourceText source = new SourceText(normalized);
        reportUnclosedBlocks(document, problems);
        FrontMatter defaults = FrontMatter.read(document, problems);
        List<Section> sections = new SectionSplitter(source, preambleTitle(file)).split(document);
        List<Card> cards = new CardAssembler(file, source, defaults, problems).cards(sections);
        return new ParsedNote(cards, problems.problems());
    }

    /** The preamble of "rl/ppo.md" is about "ppo"; of "rl/README.md", about "rl". */
    static String preambleTitle(String file) {
        String[] parts = file.replace('\\', '/').replaceFirst("(?i)\\.(md|markdown)$", "").split("/");
        String stem = parts[parts.length - 1];
        boolean index = stem.equalsIgnoreCase("readme") || stem.equalsIgnoreCase("index");
        return index && parts.length > 1 ? parts[parts.length - 2] : stem;
    }

    /** Strips a BOM and turns CRLF / CR into LF; the number of lines stays the same. */
    static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Unclosed fences and comments swallow everything after them, so the cards there silently vanish. */
    private static void reportUnclosedBlocks(Node document, ProblemLog problems) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                String literal = html.getLiteral().strip();
                if (literal.startsWith("<!--") && !literal.contains("-->")) {
                    problems.add(SourceText.line(html), "HTML comment <!-- is never closed: the rest of the "
                            + (html.getParent() instanceof Document ? "file" : "list item or quote") + " is hidden");
                }
            }

            @Override
            public void visit(FencedCodeBlock fence) {
                if (fence.getClosingFenceLength() == null) {
                    String rest = fence.getParent() instanceof Document ? "file" : "list item or quote";
                    problems.add(SourceText.line(fence), "code fence " + fence.getFenceCharacter().repeat(
                            fence.getOpeningFenceLength()) + " is never closed: the rest of the " + rest
                            + " is read as code");
                }
            }
        });
    }
}
