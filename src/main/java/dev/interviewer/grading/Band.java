package dev.interviewer.grading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The verdict shown with a score. */
public enum Band {
    STRONG("strong"),
    PARTIAL("partial"),
    WEAK("weak"),
    WRONG("wrong"),
    OFF_TOPIC("off-topic"),
    EMPTY("empty");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Band fromLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equalsIgnoreCase(label) || b.name().equalsIgnoreCase(label))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown band: " + label));
    }
}
