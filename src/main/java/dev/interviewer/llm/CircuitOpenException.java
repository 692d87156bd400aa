package dev.interviewer.llm;

import java.time.Duration;

/** A call refused without reaching the endpoint, because it failed too often just before. */
public final class CircuitOpenException extends RuntimeException {
    public CircuitOpenException(Duration retryIn) {
        super("the LLM endpoint failed repeatedly; not calling it for another " + retryIn.toSeconds() + " s");
    }
}
