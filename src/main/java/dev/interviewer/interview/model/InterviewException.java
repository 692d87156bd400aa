package dev.interviewer.interview.model;

/** A request the interview cannot take, with why; the HTTP layer maps the reason to a status. */
public final class InterviewException extends RuntimeException {
    /** Why the request was refused. */
    public enum Reason { NOT_FOUND, FINISHED, CONFLICT, INVALID, TOO_LONG, UNAVAILABLE }

    private final Reason reason;

    public InterviewException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static InterviewException notFound(String id) {
        return new InterviewException(Reason.NOT_FOUND, "no interview with id " + id);
    }

    public static InterviewException invalid(String message) {
        return new InterviewException(Reason.INVALID, message);
    }
}
