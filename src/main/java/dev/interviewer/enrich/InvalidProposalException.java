package dev.interviewer.enrich;

/** The model's reply for a card cannot be used at all (no key points, cut off, not the shape asked for). */
public final class InvalidProposalException extends RuntimeException {
    public InvalidProposalException(String message) {
        super(message);
    }
}
