package dev.interviewer.interview.phrasing;

/** Tokens an LLM call used; zero for the offline engine. */
public record TokenUsage(long input, long output) {
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException("token counts must be >= 0: " + input + ", " + output);
        }
    }

    public long total() {
        return input + output;
    }

    public TokenUsage plus(TokenUsage other) {
        return other == null ? this : new TokenUsage(input + other.input, output + other.output);
    }
}
