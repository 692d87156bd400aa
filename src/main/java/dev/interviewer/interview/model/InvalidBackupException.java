package dev.interviewer.interview.model;

/** A document that is not a history backup this version can restore: malformed, another format, a newer schema. */
public final class InvalidBackupException extends IllegalArgumentException {
    public InvalidBackupException(String message) {
        super(message);
    }

    public InvalidBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
