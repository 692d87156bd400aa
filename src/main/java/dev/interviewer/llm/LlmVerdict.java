package dev.interviewer.llm;

import java.util.List;

/**
 * What the LLM grader returns (structured output): a score, the key points and pitfalls it found by number, each
 * with a quote from the answer, and feedback. Validated by {@link LlmGrader} before it becomes a Grade.
 */
public record LlmVerdict(double score, List<Evidence> covered, List<Evidence> pitfalls, String feedback) {
    /** A key point or pitfall number with the quote from the answer that shows it. */
    public record Evidence(int number, String quote) {
    }
}
