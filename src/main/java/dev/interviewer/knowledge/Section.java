package dev.interviewer.knowledge;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A heading or a bold question paragraph with the blocks under it, before it is turned into a card.
 *
 * @param level   1-6 for headings, {@link #QUESTION_LEVEL} for bold question paragraphs (always innermost)
 * @param title   the raw title Markdown
 * @param line    1-based line of the heading or question
 * @param lead    answer text that shares the question's paragraph ("**Q: ...**" then "A: ..." on the next line)
 * @param body    the blocks up to the next section
 */
record Section(int level, String title, int line, String lead, List<Node> body) {
    static final int QUESTION_LEVEL = 7;

    Section {
        lead = lead == null ? "" : lead;
        body = List.copyOf(body);
    }
}
