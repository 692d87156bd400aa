package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node of the small HTML tree that card fields are parsed into: an element or a run of decoded text. */
sealed interface HtmlNode permits HtmlNode.Element, HtmlNode.Text {

    /** Decoded text, whitespace as written. */
    record Text(String text) implements HtmlNode {
    }

    /** An element with lower-case name, its attributes (names lower case, values decoded) and its children. */
    final class Element implements HtmlNode {
        private final String name;
        private final Map<String, String> attributes;
        private final List<HtmlNode> children = new ArrayList<>();

        Element(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = Map.copyOf(attributes);
        }

        String name() {
            return name;
        }

        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        List<HtmlNode> children() {
            return children;
        }

        void add(HtmlNode child) {
            children.add(child);
        }

        /** All the text below this element, with {@code <br>} as a newline (for code blocks). */
        String textContent() {
            StringBuilder out = new StringBuilder();
            appendText(this, out);
            return out.toString();
        }

        private static void appendText(Element element, StringBuilder out) {
            for (HtmlNode child : element.children) {
                if (child instanceof Text text) {
                    out.append(text.text());
                } else if (child instanceof Element e) {
                    if (e.name.equals("br")) {
                        out.append('\n');
                    } else {
                        boolean block = HtmlParser.isBlock(e.name) && out.length() > 0
                                && out.charAt(out.length() - 1) != '\n';
                        if (block) {
                            out.append('\n');
                        }
                        appendText(e, out);
                    }
                }
            }
        }
    }
}
