package dev.interviewer.grading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who graded an answer or phrased a message: the offline engine or an LLM. Shown and stored as its label. */
public enum Engine {
    OFFLINE, LLM;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine with this label ("offline" or "llm"). */
    @JsonCreator
    public static Engine fromLabel(String label) {
        for (Engine engine : values()) {
            if (engine.label().equals(label)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("engine must be offline or llm: " + label);
    }

    @Override
    public String toString() {
        return label();
    }
}
