package dev.interviewer.knowledge;

import java.util.Objects;

/**
 * A problem found while reading the notes, located by file and line (line 0 = the whole file). An error loses
 * or garbles text; a warning is worth a look but the notes read fine (a repeated title, a thin card).
 */
public record NoteProblem(String file, int line, String message, Severity severity) {
    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public NoteProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public NoteProblem(String file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
