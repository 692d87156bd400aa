package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders an HTML {@code <ul>} / {@code <ol>} as a Markdown list, nested lists indented under their item. */
final class ListRenderer {
    private static final Pattern BLANK_BEFORE_LIST = Pattern.compile("\n\n(?=(?:- |\\d+\\. ))");

    private final HtmlToMarkdown html;

    ListRenderer(HtmlToMarkdown html) {
        this.html = html;
    }

    String list(HtmlNode.Element list) {
        boolean ordered = list.name().equals("ol");
        int number = ordered ? start(list) : 0;
        List<String> items = new ArrayList<>();
        for (HtmlNode.Element item : items(list)) {
            String content = html.render(item);
            if (!content.isBlank()) {
                String marker = ordered ? (number++) + ". " : "- ";
                items.add(marker + indent(tight(content), marker.length()));
            }
        }
        boolean loose = items.stream().anyMatch(i -> i.contains("\n\n"));
        return String.join(loose ? "\n\n" : "\n", items);
    }

    /** The list's items; text or elements outside any {@code <li>} make an item of their own. */
    private static List<HtmlNode.Element> items(HtmlNode.Element list) {
        List<HtmlNode.Element> items = new ArrayList<>();
        HtmlNode.Element loose = null;
        for (HtmlNode child : list.children()) {
            if (child instanceof HtmlNode.Element e && e.name().equals("li")) {
                items.add(e);
                loose = null;
            } else if (child instanceof HtmlNode.Element e && (e.name().equals("ul") || e.name().equals("ol"))
                    && !items.isEmpty()) {
                // <ul><li>a</li><ul><li>nested</li></ul></ul>: the nested list belongs to the item above.
                items.get(items.size() - 1).add(e);
            } else if (!(child instanceof HtmlNode.Text t && t.text().isBlank())) {
                if (loose == null) {
                    loose = new HtmlNode.Element("li", Map.of());
                    items.add(loose);
                }
                loose.add(child);
            }
        }
        return items;
    }

    private static int start(HtmlNode.Element list) {
        try {
            return Math.max(0, Integer.parseInt(list.attribute("start").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** "text" then a nested list: no blank line between them, so the list stays tight. */
    private static String tight(String content) {
        return BLANK_BEFORE_LIST.matcher(content).replaceAll("\n");
    }

    private static String indent(String content, int width) {
        String pad = " ".repeat(width);
        return String.join("\n", content.lines().map(l -> l.isEmpty() ? l : pad + l).toList()).substring(width);
    }
}
