package dev.interviewer.enrich;

import dev.interviewer.enrich.CardSuggestions.Placement;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.NotesLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a card's accepted annotations into the notes folder: into the sidecar next to its note
 * ({@code <name>.annotations.md}, a section headed by the card's id) or into the note itself, at the end of the
 * card's section. Each write replaces the text the previous write left; when that text is no longer there (someone
 * edited it), it refuses rather than overwrite their edit. Files are written whole and moved into place.
 */
public final class AnnotationFiles {
    static final String SIDECAR_HEADER = "<!-- Annotations accepted from the model's suggestions (enrich), in the "
            + "format of inline annotations (see knowledge/README.md). Edit them freely. -->\n";
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s|$).*");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

    private final Path folder;

    public AnnotationFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Where the annotations went and the exact text written there (to find it again on the next write). */
    public record Written(Path file, Placement placement, String text) {
    }

    /** The text under a card is not what the last write left: someone edited it. */
    public static final class EditedByHandException extends RuntimeException {
        EditedByHandException(String message) {
            super(message);
        }
    }

    /**
     * Writes {@code block} (annotation text) for the card, replacing {@code previous} (the text the last write for
     * it left, empty if none). Inline needs the card's own Markdown heading; a card without one goes to the sidecar.
     */
    public synchronized Written write(Card card, Placement placement, String previous, String block) {
        if (placement == Placement.INLINE) {
            Written inline = inline(card, previous, block);
            if (inline != null) {
                return inline;
            }
        }
        return sidecar(card, previous, block);
    }

    private Written sidecar(Card card, String previous, String block) {
        Path file = inside(NotesLoader.sidecarOf(card.file()));
        String section = "## " + card.id() + "\n\n" + block;
        Text text = Files.exists(file) ? Text.read(file) : new Text("", SIDECAR_HEADER, false);
        String content = text.body();
        if (!previous.isEmpty() && content.contains(previous)) {
            content = content.replace(previous, section);
        } else if (Pattern.compile("(?m)^#{1,6}\\s+" + Pattern.quote(card.id()) + "\\s*$").matcher(content).find()) {
            if (!content.contains(section)) {
                throw new EditedByHandException(file.getFileName() + " has annotations for " + card.id()
                        + " that were edited since they were accepted; add this suggestion there by hand");
            }
        } else {
            content = content.stripTrailing() + "\n\n" + section;
        }
        text.withBody(content).write(file);
        return new Written(file, Placement.SIDECAR, section);
    }

    /** The block at the end of the card's section in its note, or null when the card has no heading of its own. */
    private Written inline(Card card, String previous, String block) {
        Path file = inside(card.file());
        Text text = Text.read(file);
        String content = text.body();
        if (!previous.isEmpty()) {
            if (!content.contains(previous)) {
                throw new EditedByHandException(card.file() + " no longer has the annotations accepted for "
                        + card.id() + " as they were written; add this suggestion there by hand");
            }
            text.withBody(content.replace(previous, block.stripTrailing())).write(file);
            return new Written(file, Placement.INLINE, block.stripTrailing());
        }
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        int heading = card.line() - 1;
        if (heading < 0 || heading >= lines.size() || !ATX_HEADING.matcher(lines.get(heading)).matches()) {
            return null;
        }
        int end = endOfSection(lines, heading);
        while (end > heading + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> insert = new ArrayList<>(List.of(""));
        insert.addAll(Arrays.asList(block.stripTrailing().split("\n", -1)));
        if (end < lines.size() && !lines.get(end).isBlank()) {
            insert.add("");
        }
        lines.addAll(end, insert);
        text.withBody(String.join("\n", lines)).write(file);
        return new Written(file, Placement.INLINE, block.stripTrailing());
    }

    /** The line index after the card's own text: the next heading of any level, outside code fences. */
    private static int endOfSection(List<String> lines, int heading) {
        boolean fenced = false;
        for (int i = heading + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else if (!fenced && ATX_HEADING.matcher(line).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private Path inside(String relative) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("not inside the notes folder: " + relative);
        }
        return file;
    }

    /** A file's text with LF line ends, remembering its byte-order mark and CRLF line ends to write them back. */
    private record Text(String bom, String body, boolean crlf) {
        static Text read(Path file) {
            try {
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                String bom = raw.startsWith("\uFEFF") ? "\uFEFF" : "";
                String rest = raw.substring(bom.length());
                return new Text(bom, rest.replace("\r\n", "\n"), rest.contains("\r\n"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        Text withBody(String newBody) {
            return new Text(bom, newBody, crlf);
        }

        void write(Path file) {
            String out = bom + (crlf ? body.replace("\n", "\r\n") : body);
            try {
                Path temp = Files.createTempFile(file.getParent(), ".annotations-", ".tmp");
                Files.writeString(temp, out, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}
