package dev.interviewer.interview.voice;

/** An upload the app will not transcribe, with why; the HTTP layer maps the reason to a status. */
public final class AudioException extends RuntimeException {
    /** Why the audio was refused. */
    public enum Reason { NOT_AUDIO, TOO_LARGE, TOO_LONG }

    private final Reason reason;

    public AudioException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
