package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a card field into Markdown the notes parser reads back faithfully: divs and paragraphs become
 * paragraphs, lists stay lists, {@code <pre>} becomes fenced code, bold and italics stay, LaTeX becomes
 * {@code $...$}, images and sounds become links into the imported media, and everything else becomes its text.
 */
final class HtmlToMarkdown {
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]+)]");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang)-([\\w+#.-]+)");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WEB_LINK = Pattern.compile("(?i)(https?|mailto):.+");

    private final MediaLinks media;
    private MathSpans math;

    HtmlToMarkdown(MediaLinks media) {
        this.media = media;
    }

    /** Markdown blocks separated by blank lines. */
    String convert(String html) {
        math = new MathSpans();
        String sounds = !html.contains("[sound:") ? html : SOUND.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "<audio src=\"" + m.group(1).replace("\"", "&quot;") + "\"></audio>"));
        String prepared = math.extract(sounds);
        MarkdownOut out = new MarkdownOut();
        children(HtmlParser.parse(prepared), out);
        return out.markdown();
    }

    private void children(HtmlNode.Element element, MarkdownOut out) {
        for (HtmlNode child : element.children()) {
            if (child instanceof HtmlNode.Text text) {
                text(text.text(), out);
            } else {
                element((HtmlNode.Element) child, out);
            }
        }
    }

    private void element(HtmlNode.Element e, MarkdownOut out) {
        switch (e.name()) {
            case "br" -> out.lineBreak();
            case "b", "strong" -> wrapped(e, "**", out);
            case "i", "em", "cite", "dfn" -> wrapped(e, "*", out);
            case "s", "del", "strike" -> wrapped(e, "~~", out);
            case "code", "kbd", "samp", "tt" -> out.inline(inlineCode(e.textContent()));
            case "pre" -> out.block(codeBlock(e));
            case "ul", "ol" -> out.block(new ListRenderer(this).list(e));
            case "table" -> table(e, out);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, out);
            case "blockquote" -> out.block(quote(e));
            case "hr" -> out.block("---");
            case "a" -> link(e, out);
            case "img" -> media(e, "![", out);
            case "audio", "video", "source" -> media(e, "[", out);
            default -> blockOrInline(e, out);
        }
    }

    private void blockOrInline(HtmlNode.Element e, MarkdownOut out) {
        boolean block = HtmlParser.isBlock(e.name());
        if (block) {
            out.endBlock();
        }
        children(e, out);
        if (block) {
            out.endBlock();
        }
    }

    /** The Markdown of an element's content, rendered on its own. */
    String render(HtmlNode.Element e) {
        MarkdownOut out = new MarkdownOut();
        children(e, out);
        return out.markdown();
    }

    private void text(String text, MarkdownOut out) {
        String collapsed = MarkdownEscapes.collapseSpaces(text);
        Matcher m = MathSpans.placeholder().matcher(collapsed);
        int from = 0;
        while (m.find()) {
            out.inline(MarkdownEscapes.text(collapsed.substring(from, m.start())));
            MathSpans.Formula formula = math.formula(Integer.parseInt(m.group(1)));
            if (formula.display()) {
                // On a line of its own, as $$...$$ is written in the notes.
                out.endLine();
                out.inline(formula.markdown());
                out.endLine();
            } else {
                out.inline(formula.markdown());
            }
            from = m.end();
        }
        out.inline(MarkdownEscapes.text(collapsed.substring(from)));
    }

    /** Bold, italics, strike-through: the markers hug the text, spaces stay outside, each line wrapped alone. */
    private void wrapped(HtmlNode.Element e, String marker, MarkdownOut out) {
        MarkdownOut inner = new MarkdownOut();
        children(e, inner);
        String text = inner.singleParagraph();
        if (text == null) {
            // Blocks inside an inline element (Anki's editor makes <b><div>...</div></b>): keep the blocks.
            inner.blocks().forEach(out::block);
            return;
        }
        if (text.isBlank()) {
            out.inline(text.isEmpty() ? "" : " ");
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(line.isBlank() ? line : marker + line.strip() + marker);
        }
        String lead = Character.isWhitespace(text.charAt(0)) ? " " : "";
        String trail = Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "";
        out.inline(lead + String.join("\n", lines) + trail);
    }

    private void heading(HtmlNode.Element e, MarkdownOut out) {
        // A heading inside an answer must not start a new card: it becomes a bold line of its own.
        String text = SafeMarkdown.oneLine(render(e));
        if (!text.isEmpty()) {
            out.block(text.startsWith("**") ? text : "**" + text + "**");
        }
    }

    private String quote(HtmlNode.Element e) {
        String inner = render(e);
        return inner.isBlank() ? "" : inner.lines().map(l -> l.isEmpty() ? ">" : "> " + l)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private void link(HtmlNode.Element e, MarkdownOut out) {
        String href = e.attribute("href").strip();
        MarkdownOut inner = new MarkdownOut();
        children(e, inner);
        String text = inner.singleParagraph();
        if (text == null || !WEB_LINK.matcher(href).matches()) {
            if (text == null) {
                inner.blocks().forEach(out::block);
            } else {
                out.inline(text);
            }
            return;
        }
        String label = text.isBlank() ? MarkdownEscapes.text(href) : text.strip();
        out.inline(label.equals(MarkdownEscapes.text(href)) ? "<" + href.replace(">", "%3E") + ">"
                : "[" + label + "](" + MarkdownEscapes.url(href) + ")");
    }

    private void media(HtmlNode.Element e, String opening, MarkdownOut out) {
        String link = media.link(e.attribute("src"));
        if (link != null) {
            String alt = opening.equals("![") ? e.attribute("alt") : e.attribute("src");
            out.inline(opening + MarkdownEscapes.linkText(alt) + "](" + link + ")");
        }
    }

    private String codeBlock(HtmlNode.Element pre) {
        String code = math.restoreWritten(pre.textContent()).replace('\u00A0', ' ');
        code = code.replaceFirst("^\n", "").stripTrailing();
        if (code.isBlank()) {
            return "";
        }
        String fence = "`".repeat(Math.max(3, longestRun(code) + 1));
        return fence + language(pre) + "\n" + code + "\n" + fence;
    }

    private static String language(HtmlNode.Element pre) {
        for (HtmlNode.Element e = pre; e != null; e = firstElement(e)) {
            Matcher m = CODE_LANGUAGE.matcher(e.attribute("class"));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    private static HtmlNode.Element firstElement(HtmlNode.Element e) {
        return e.children().stream().filter(HtmlNode.Element.class::isInstance).map(HtmlNode.Element.class::cast)
                .findFirst().orElse(null);
    }

    private String inlineCode(String text) {
        String code = WHITESPACE.matcher(math.restoreWritten(text).replace('\u00A0', ' ')).replaceAll(" ");
        if (code.isBlank()) {
            return code.isEmpty() ? "" : " ";
        }
        String ticks = "`".repeat(longestRun(code) + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`");
        return ticks + (pad ? " " : "") + code + (pad ? " " : "") + ticks;
    }

    private static int longestRun(String text) {
        Matcher m = BACKTICKS.matcher(text);
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

    private void table(HtmlNode.Element table, MarkdownOut out) {
        List<List<String>> rows = new TableReader(this).rows(table);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns <= 1) {
            // A one-column table is layout, not data: its cells are paragraphs.
            rows.stream().flatMap(List::stream).forEach(out::block);
            return;
        }
        out.block(TableReader.markdown(rows, columns));
    }
}
