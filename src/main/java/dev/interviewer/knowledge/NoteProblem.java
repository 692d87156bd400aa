package dev.interviewer.knowledge;

import java.util.Objects;

/** A problem found while reading the notes, located by file and line (line 0 = the whole file). */
public record NoteProblem(String file, int line, String message) {
    public NoteProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
