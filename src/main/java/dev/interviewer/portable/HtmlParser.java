package dev.interviewer.portable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the HTML of a card field into a tree, leniently: unclosed and stray tags, bare {@code <} and unknown
 * entities are what Anki's editor and hand-written decks produce, and none of them may stop an import.
 */
final class HtmlParser {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "center");
    // name, name=value, name="value", name='value'
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"?|'([^']*)'?|([^\\s>]+)))?");
    // Their content is not shown on a card.
    private static final Set<String> RAW_SKIPPED = Set.of("script", "style", "title", "head", "template");

    private final String html;
    private int pos;
    private final HtmlNode.Element root = new HtmlNode.Element("#root", Map.of());
    private final Deque<HtmlNode.Element> open = new ArrayDeque<>();

    private HtmlParser(String html) {
        this.html = html;
        open.push(root);
    }

    static HtmlNode.Element parse(String html) {
        HtmlParser parser = new HtmlParser(html);
        parser.run();
        return parser.root;
    }

    static boolean isBlock(String name) {
        return BLOCK.contains(name);
    }

    private void run() {
        int textStart = 0;
        while (pos < html.length()) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) {
                break;
            }
            int end = markupEnd(lt);
            if (end < 0) {
                pos = lt + 1;
                continue;
            }
            text(html.substring(textStart, lt));
            pos = end;
            markup(lt, end);
            textStart = pos;
        }
        text(html.substring(textStart));
    }

    /** Where the markup starting at {@code lt} ends, or -1 when this {@code <} is plain text ("a < b"). */
    private int markupEnd(int lt) {
        if (html.startsWith("<!--", lt)) {
            int close = html.indexOf("-->", lt + 4);
            return close < 0 ? html.length() : close + 3;
        }
        if (lt + 1 >= html.length()) {
            return -1;
        }
        char next = html.charAt(lt + 1);
        boolean tag = Character.isLetter(next) || next == '!' || next == '?'
                || (next == '/' && lt + 2 < html.length() && Character.isLetter(html.charAt(lt + 2)));
        return tag ? tagEnd(lt + 1) : -1;
    }

    /** The index after the {@code >} closing a tag, skipping quoted attribute values. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private void markup(int lt, int end) {
        String inner = html.substring(lt + 1, Math.max(lt + 1, end - (html.charAt(end - 1) == '>' ? 1 : 0)));
        if (inner.startsWith("!") || inner.startsWith("?")) {
            return;
        }
        if (inner.startsWith("/")) {
            close(name(inner.substring(1)));
            return;
        }
        String name = name(inner);
        if (RAW_SKIPPED.contains(name)) {
            skipRawContent(name);
            return;
        }
        start(name, attributes(inner.substring(Math.min(inner.length(), name.length()))));
    }

    private void skipRawContent(String name) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, pos);
        pos = close < 0 ? html.length() : tagEnd(close + 1);
    }

    private static String name(String tag) {
        int i = 0;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        return tag.substring(0, i).toLowerCase(Locale.ROOT);
    }

    private void start(String name, Map<String, String> attributes) {
        closeImplied(name);
        HtmlNode.Element element = new HtmlNode.Element(name, attributes);
        open.peek().add(element);
        if (!VOID.contains(name)) {
            open.push(element);
        }
    }

    /** What HTML closes by itself: a new item ends the last one, a block ends an open paragraph. */
    private void closeImplied(String name) {
        switch (name) {
            case "li" -> closeWithin("li", Set.of("ul", "ol"));
            case "tr" -> closeWithin("tr", Set.of("table", "tbody", "thead", "tfoot"));
            case "td", "th" -> {
                closeWithin("td", Set.of("tr", "table"));
                closeWithin("th", Set.of("tr", "table"));
            }
            case "dt", "dd" -> {
                closeWithin("dt", Set.of("dl"));
                closeWithin("dd", Set.of("dl"));
            }
            default -> {
                if (BLOCK.contains(name)) {
                    closeWithin("p", Set.of("div", "li", "td", "th", "blockquote"));
                }
            }
        }
    }

    /** Closes the nearest open {@code name} unless one of {@code boundaries} is opened after it. */
    private void closeWithin(String name, Set<String> boundaries) {
        for (HtmlNode.Element element : open) {
            if (element.name().equals(name)) {
                close(name);
                return;
            }
            if (boundaries.contains(element.name()) || element == root) {
                return;
            }
        }
    }

    /** Closes the nearest open element of that name and everything opened inside it; a stray end tag is ignored. */
    private void close(String name) {
        boolean isOpen = false;
        for (Iterator<HtmlNode.Element> it = open.iterator(); it.hasNext() && !isOpen; ) {
            HtmlNode.Element element = it.next();
            isOpen = element != root && element.name().equals(name);
        }
        if (isOpen) {
            while (!open.pop().name().equals(name)) {
                // pops the elements left open inside it
            }
        }
    }

    private void text(String raw) {
        if (!raw.isEmpty()) {
            open.peek().add(new HtmlNode.Text(HtmlEntities.decode(raw)));
        }
    }

    private static Map<String, String> attributes(String rest) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(rest);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : "";
            attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), HtmlEntities.decode(value));
        }
        return attributes;
    }
}
