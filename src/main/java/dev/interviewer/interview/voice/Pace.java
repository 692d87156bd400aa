package dev.interviewer.interview.voice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How fast an answer was spoken, for a word of advice next to the figures. Shown and stored as its label. */
public enum Pace {
    SLOW, STEADY, FAST;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Pace fromLabel(String label) {
        for (Pace pace : values()) {
            if (pace.label().equals(label)) {
                return pace;
            }
        }
        throw new IllegalArgumentException("pace must be slow, steady or fast: " + label);
    }
}
