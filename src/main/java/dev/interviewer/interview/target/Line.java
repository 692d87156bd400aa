package dev.interviewer.interview.target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One logical line of a pasted text, its bullet removed: a paragraph copied with hard line breaks (from a PDF or an
 * e-mail) is joined back into one line, while bullets, headings and lists of short lines stay apart.
 *
 * @param bullet          the line started with a bullet or a list number
 * @param markdownHeading the line started with {@code #}
 */
record Line(String text, boolean bullet, boolean markdownHeading) {
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[-*+\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2013\u2014>]+|\\d{1,2}[.)\u3001]|[(\uff08]\\d{1,2}[)\uff09]"
                    + "|[a-z][.)])\\s+|^\\s*[\u2460-\u2473]\\s*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+.*");
    // A wrapped paragraph's lines are long; a list of short lines is a list.
    private static final int WRAPPED_LATIN = 60;
    private static final int WRAPPED_HAN = 30;
    private static final int MAX_TITLE = 60;
    private static final String ENDS_THOUGHT = ".!?;:" + Punctuation.FULL_WIDTH_MARKS;

    /** The non-empty lines of a text, wrapped paragraphs joined. */
    static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            if (raw.isBlank()) {
                lines.add(null);
                continue;
            }
            boolean bullet = BULLET.matcher(raw).lookingAt();
            Line line = new Line(BULLET.matcher(raw).replaceFirst("").strip(), bullet,
                    MARKDOWN_HEADING.matcher(raw).matches());
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && continues(previous, line)) {
                lines.set(lines.size() - 1, previous.joined(line));
            } else {
                lines.add(line);
            }
        }
        return lines.stream().filter(l -> l != null && !l.text().isEmpty()).toList();
    }

    /** A short first line without punctuation, above the rest: the job's title or the candidate's name. */
    static boolean title(Line line) {
        return !line.bullet() && line.text().length() <= MAX_TITLE
                && line.text().chars().noneMatch(c -> ENDS_THOUGHT.indexOf(c) >= 0);
    }

    private static boolean continues(Line previous, Line next) {
        if (next.bullet() || next.markdownHeading() || previous.markdownHeading() || previous.text().isEmpty()) {
            return false;
        }
        String before = previous.text();
        char last = before.charAt(before.length() - 1);
        char first = next.text().charAt(0);
        if (ENDS_THOUGHT.indexOf(last) >= 0) {
            return false;
        }
        boolean latinWrap = Character.isLowerCase(first) && before.length() >= WRAPPED_LATIN;
        boolean hanWrap = Phrases.isHan(first) && before.length() >= WRAPPED_HAN;
        return latinWrap || hanWrap || (Character.isLowerCase(first) && last == ',');
    }

    private Line joined(Line next) {
        boolean han = Phrases.isHan(text.charAt(text.length() - 1)) && Phrases.isHan(next.text().charAt(0));
        return new Line(text + (han ? "" : " ") + next.text(), bullet, markdownHeading);
    }
}
