package dev.interviewer.portable;

/** Input that cannot be imported or exported (not a zip, no question column, ...), said in one line. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
