package dev.interviewer.portable;

/** The output folder has files of an earlier import that this one would change, and replacing was not asked for. */
public final class OutputConflictException extends ImportException {
    public OutputConflictException(String message) {
        super(message);
    }
}
