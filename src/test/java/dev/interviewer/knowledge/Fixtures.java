package dev.interviewer.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the fixture notes under src/test/resources/notes. */
final class Fixtures {
    private Fixtures() {
    }

    static Path notes(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/notes/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses one fixture file; its name relative to notes/ is the file name the cards carry. */
    static ParsedNote parse(String relative) {
        try {
            return new NoteParser().parse(relative, Files.readString(notes(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Card card(ParsedNote note, String title) {
        return note.cards().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card titled " + title + " in "
                        + note.cards().stream().map(Card::title).toList()));
    }
}
