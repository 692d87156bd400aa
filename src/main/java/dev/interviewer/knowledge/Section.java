package dev.interviewer.knowledge;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A heading, a question paragraph or a file's preamble with the blocks under it, before it becomes a card.
 *
 * @param level   1-6 for headings, {@link #QUESTION_LEVEL} for question paragraphs and the preamble (innermost)
 * @param title   the raw title Markdown
 * @param line    1-based line of the heading or question
 * @param lead    answer text that shares the question's paragraph ("**Q: ...**" then "A: ..." on the next line)
 * @param body    the blocks up to the next section
 * @param kind    what started the section
 */
record Section(int level, String title, int line, String lead, List<Node> body, Kind kind) {
    static final int QUESTION_LEVEL = 7;

    /** What started a section. */
    enum Kind { HEADING, QUESTION, PREAMBLE }

    Section {
        lead = lead == null ? "" : lead;
        body = List.copyOf(body);
    }

    Section withBody(List<Node> blocks) {
        return new Section(level, title, line, lead, blocks, kind);
    }
}
