package dev.interviewer.interview.phrasing;

import dev.interviewer.grading.Engine;
import java.util.Objects;

/**
 * What the interviewer said in a turn. Made by the factories, which name the three ways a prompt comes about.
 *
 * @param fallback true when the LLM failed and the offline phrasing was used instead
 * @param pending  true while an LLM is still phrasing it; the text is then the offline draft, which is what a
 *                 resumed interview shows if the process died mid-stream
 */
public record Prompt(String text, Engine engine, boolean fallback, boolean pending, TokenUsage usage) {
    public Prompt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(engine, "engine");
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    /** Phrased by the offline engine. */
    public static Prompt offline(String text) {
        return new Prompt(text, Engine.OFFLINE, false, false, TokenUsage.NONE);
    }

    /** Phrased by an LLM, with the tokens it used. */
    public static Prompt llm(String text, TokenUsage usage) {
        return new Prompt(text, Engine.LLM, false, false, usage);
    }

    /** The offline text, used because the LLM failed; {@code usage} keeps whatever the failed call used. */
    public static Prompt fallback(String text, TokenUsage usage) {
        return new Prompt(text, Engine.OFFLINE, true, false, usage);
    }

    public Prompt asPending() {
        return new Prompt(text, engine, fallback, true, usage);
    }
}
