package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a card's Markdown as HTML for an Anki field. LaTeX is taken out before rendering (Markdown would eat its
 * backslashes and underscores) and put back as {@code \(...\)} / {@code \[...\]}, which Anki's MathJax renders.
 */
final class MarkdownToHtml {
    private static final Pattern FENCED_CODE = Pattern.compile(
            "(?ms)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n.*?(?:^ {0,3}\\1[`~]*[ \\t]*$|\\z)");
    private static final Pattern CODE_SPAN = Pattern.compile("(?s)(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    // The same forms as the web page's renderer: $$..$$ and \[..\] displayed, \(..\) and a tight $..$ inline.
    private static final Pattern MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$|\\\\\\[(.+?)\\\\]|\\\\\\((.+?)\\\\\\)"
            + "|(?<![\\\\$])\\$(?!\\s)((?:\\\\.|[^\\\\$\\n])+?)(?<!\\s)\\$(?!\\d)");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    // A line break in the notes is a line break on the card, as on the web page.
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).softbreak("<br>\n").build();

    /** The Markdown as HTML blocks. */
    String blocks(String markdown) {
        List<String> code = new ArrayList<>();
        String text = protect(markdown, FENCED_CODE, "IVCODE", code, MatchResult::group);
        text = protect(text, CODE_SPAN, "IVCODE", code, MatchResult::group);
        List<String> formulas = new ArrayList<>();
        text = protect(text, MATH, "IVMATH", formulas, MarkdownToHtml::mathHtml);
        text = restore(text, "IVCODE", code);
        return restore(renderer.render(parser.parse(text)).strip(), "IVMATH", formulas);
    }

    /** One line of Markdown (a question, a key point) as inline HTML, without the paragraph around it. */
    String inline(String markdown) {
        String html = blocks(markdown);
        return html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0
                ? html.substring(3, html.length() - 4) : html;
    }

    private static String mathHtml(MatchResult m) {
        boolean display = m.group(1) != null || m.group(2) != null;
        String tex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                : m.group(3) != null ? m.group(3) : m.group(4);
        String escaped = tex.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return display ? "\\[" + escaped + "\\]" : "\\(" + escaped + "\\)";
    }

    /** Replaces each match with a placeholder ({@code PREFIX<n>X}) and keeps what it stands for. */
    private static String protect(String text, Pattern pattern, String prefix, List<String> kept,
                                  Function<MatchResult, String> value) {
        return pattern.matcher(text).replaceAll(m -> {
            kept.add(value.apply(m));
            return prefix + (kept.size() - 1) + "X";
        });
    }

    private static String restore(String text, String prefix, List<String> kept) {
        if (kept.isEmpty()) {
            return text;
        }
        return Pattern.compile(prefix + "(\\d+)X").matcher(text).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(index < kept.size() ? kept.get(index) : m.group());
        });
    }
}
