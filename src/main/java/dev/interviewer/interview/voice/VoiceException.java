package dev.interviewer.interview.voice;

/**
 * A recording the app will not transcribe, or a speech endpoint that did not deliver, with why. The message is
 * safe to show (no key, no stack trace); the HTTP layer maps the reason to a status.
 */
public final class VoiceException extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** The upload is not audio the app reads, or holds none. */
        NOT_AUDIO,
        /** Over 25 MB. */
        TOO_LARGE,
        /** Over five minutes. */
        TOO_LONG,
        /** The speech endpoint answered with an error or could not be reached. */
        FAILED,
        /** The speech endpoint did not answer in time. */
        TIMEOUT,
        /** The speech endpoint heard no words. */
        NOTHING_HEARD
    }

    private final Reason reason;

    public VoiceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
