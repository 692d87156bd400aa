package dev.interviewer.llm;

/** The model answered, but with something we cannot use (out-of-range score, unknown key point, ...). */
public class InvalidLlmOutputException extends RuntimeException {
    public InvalidLlmOutputException(String message) {
        super(message);
    }
}
