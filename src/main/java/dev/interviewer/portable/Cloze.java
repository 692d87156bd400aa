package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloze field ({@code {{c1::Paris::city}} is the capital of {{c2::France}}}) read into deletions, nested ones
 * included, so that each deletion number gives one question with that deletion blanked.
 */
final class Cloze {
    private static final Pattern OPEN = Pattern.compile("\\{\\{c(\\d+)::");

    private final List<Object> parts;

    private Cloze(List<Object> parts) {
        this.parts = parts;
    }

    /** One deletion: its number, its content (text and nested deletions) and its hint ("" when none). */
    private record Deletion(int number, List<Object> content, String hint) {
    }

    static Cloze parse(String field) {
        return new Cloze(new Reader(field).parts(false));
    }

    /** The deletion numbers in the field, in order. */
    SortedSet<Integer> numbers() {
        SortedSet<Integer> numbers = new TreeSet<>();
        collect(parts, numbers);
        return numbers;
    }

    private static void collect(List<Object> parts, SortedSet<Integer> numbers) {
        for (Object part : parts) {
            if (part instanceof Deletion d) {
                numbers.add(d.number());
                collect(d.content(), numbers);
            }
        }
    }

    /** The field as the question for deletion {@code number}: that deletion blanked, the others shown. */
    String question(int number) {
        StringBuilder out = new StringBuilder();
        render(parts, number, true, out);
        return out.toString();
    }

    /** The field as the answer for deletion {@code number}: every deletion shown, that one in bold. */
    String answer(int number) {
        StringBuilder out = new StringBuilder();
        render(parts, number, false, out);
        return out.toString();
    }

    /** The field with every deletion shown and no markup (for fields of a cloze note other than the text). */
    String revealed() {
        return answer(0);
    }

    /** Whether a deletion holds an Image Occlusion mask rather than text. */
    boolean isImageOcclusion() {
        return question(0).contains("image-occlusion:");
    }

    private static void render(List<Object> parts, int number, boolean blank, StringBuilder out) {
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
            } else if (part instanceof Deletion d && d.number() == number && blank) {
                out.append(d.hint().isBlank() ? "[...]" : "[... (" + d.hint().strip() + ")]");
            } else if (part instanceof Deletion d) {
                boolean bold = d.number() == number;
                out.append(bold ? "<b>" : "");
                render(d.content(), number, blank, out);
                out.append(bold ? "</b>" : "");
            }
        }
    }

    /** Reads parts up to the end of the field or, inside a deletion, up to its closing braces. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        List<Object> parts(boolean inside) {
            List<Object> parts = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            Matcher open = OPEN.matcher(text);
            while (pos < text.length()) {
                if (text.startsWith("{{c", pos) && open.region(pos, text.length()).lookingAt()) {
                    flush(plain, parts);
                    pos = open.end();
                    parts.add(deletion(Integer.parseInt(open.group(1))));
                } else if (inside && (text.startsWith("}}", pos) || text.startsWith("::", pos))) {
                    break;
                } else {
                    plain.append(text.charAt(pos++));
                }
            }
            flush(plain, parts);
            return parts;
        }

        private Deletion deletion(int number) {
            List<Object> content = parts(true);
            String hint = "";
            if (text.startsWith("::", pos)) {
                int close = text.indexOf("}}", pos + 2);
                int end = close < 0 ? text.length() : close;
                hint = text.substring(pos + 2, end);
                pos = end;
            }
            // An unclosed deletion runs to the end of the field, as it does in Anki.
            pos = Math.min(text.length(), pos + 2);
            return new Deletion(number, content, hint);
        }

        private static void flush(StringBuilder plain, List<Object> parts) {
            if (plain.length() > 0) {
                parts.add(plain.toString());
                plain.setLength(0);
            }
        }
    }
}
