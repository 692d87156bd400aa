package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How far a targeted interview strays from the requirements: only the cards that match them, or also the cards
 * the notes hold near those (the same neighbourhood, found by searching with the matched cards' questions).
 */
public enum Reach {
    CLOSE, EXPLORE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Reach fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return CLOSE;
        }
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reach must be close or explore: " + label));
    }
}
