package dev.interviewer.interview.model;

/** No interview has this id. */
public final class UnknownInterviewException extends RuntimeException {
    public UnknownInterviewException(String id) {
        super("no interview with id " + id);
    }
}
