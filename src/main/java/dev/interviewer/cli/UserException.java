package dev.interviewer.cli;

/** A failure caused by what the user asked for or gave (bad flag value, missing folder): shown without a stack trace. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
