package dev.interviewer.interview.phrasing;

import java.util.Objects;

/**
 * What the interviewer said in a turn.
 *
 * @param engine   "offline" or "llm"
 * @param fallback true when the LLM failed and the offline phrasing was used instead
 * @param pending  true while an LLM is still phrasing it; the text is then the offline draft, which is what a
 *                 resumed interview shows if the process died mid-stream
 */
public record Prompt(String text, String engine, boolean fallback, boolean pending, TokenUsage usage) {
    public Prompt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(engine, "engine");
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    public static Prompt offline(String text) {
        return new Prompt(text, "offline", false, false, TokenUsage.NONE);
    }

    public Prompt asPending() {
        return new Prompt(text, engine, fallback, true, usage);
    }
}
