package dev.interviewer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notes {@code factor} times larger than the bundled ones, for measuring how the index build grows: copy k of every
 * note file lives in {@code copy-k/}, and each heading and bullet of copy k carries a variant tag, so every card and
 * key point is new text (no embedding is served from the cache of another copy).
 */
public final class SyntheticNotes {
    /** Where the unchanged copy of the bundled notes lives: its card ids are the bundled ids under this folder. */
    static final String FIRST_COPY = "copy-0/";

    private SyntheticNotes() {
    }

    public static Path write(Path bundled, int factor, Path target) throws IOException {
        List<Path> notes = noteFiles(bundled);
        for (int k = 0; k < factor; k++) {
            Path folder = target.resolve(k == 0 ? FIRST_COPY : "copy-" + k);
            for (Path note : notes) {
                Path out = folder.resolve(bundled.relativize(note).toString());
                Files.createDirectories(out.getParent());
                String text = Files.readString(note, StandardCharsets.UTF_8);
                Files.writeString(out, k == 0 ? text : perturb(text, k), StandardCharsets.UTF_8);
            }
        }
        return target;
    }

    /**
     * Copy {@code k} of a note: every heading, bullet and paragraph line carries {@code vk}, so every card, key point
     * and passage is new text. Labels, tables, formulas, code and front matter are left alone so the note still
     * parses the same way.
     */
    static String perturb(String text, int k) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        boolean fenced = false;
        boolean frontMatter = text.startsWith("---");
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (lineNumber++ > 0 && frontMatter && trimmed.equals("---")) {
                frontMatter = false;
                out.append(line).append('\n');
                continue;
            }
            if (trimmed.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || frontMatter || trimmed.isEmpty() || trimmed.startsWith("**") || trimmed.startsWith("|")
                    || trimmed.startsWith("$$") || trimmed.startsWith("<") || trimmed.startsWith("```")) {
                out.append(line);
            } else if (trimmed.startsWith("#")) {
                // The tag goes first, so a heading that ends in a question mark still reads as a question.
                int space = line.indexOf(' ', line.indexOf('#'));
                out.append(space < 0 ? line : line.substring(0, space + 1) + "v" + k + " " + line.substring(space + 1));
            } else {
                out.append(line.stripTrailing()).append(" v").append(k);
            }
            out.append('\n');
        }
        return out.toString();
    }

    static List<Path> noteFiles(Path bundled) throws IOException {
        try (Stream<Path> files = Files.walk(bundled)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList());
        }
    }
}
