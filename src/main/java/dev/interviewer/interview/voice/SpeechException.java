package dev.interviewer.interview.voice;

/** A speech endpoint that did not deliver, with why; the message is safe to show (no key, no stack trace). */
public final class SpeechException extends RuntimeException {
    /** What went wrong. */
    public enum Reason {
        /** The endpoint answered with an error or could not be reached. */
        FAILED,
        /** The endpoint did not answer in time. */
        TIMEOUT,
        /** The endpoint heard no words. */
        NOTHING_HEARD
    }

    private final Reason reason;

    public SpeechException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
