package dev.interviewer.enrich;

/** A review request that cannot be done, with why: the HTTP layer maps the reason to a status. */
public final class ReviewException extends RuntimeException {
    /** Why: an unknown card or item, a bad edit, or a state that does not allow it. */
    public enum Reason { NOT_FOUND, INVALID, CONFLICT }

    private final Reason reason;

    public ReviewException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
