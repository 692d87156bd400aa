package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a candidate can do besides answering. */
public enum Command {
    /** Scores the turn 0, shows the reference answer and moves to the next question. */
    SKIP,
    /** A nudge toward one missed key point; that point then earns half credit. */
    HINT,
    /** Shows the current question again. */
    REPEAT,
    /** Ends the interview now; the report covers what was answered. */
    END;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Command fromLabel(String label) {
        String wanted = label == null ? "" : label.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "command must be skip, hint, repeat or end: " + label));
    }
}
