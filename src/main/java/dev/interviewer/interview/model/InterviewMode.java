package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How questions are chosen: a fresh spread over the topics, or the cards that are due or weak first. */
public enum InterviewMode {
    INTERVIEW, DRILL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InterviewMode fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(label == null ? "" : label.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mode must be interview or drill: " + label));
    }
}
