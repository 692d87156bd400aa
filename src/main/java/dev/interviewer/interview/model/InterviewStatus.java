package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an interview still takes answers; ENDED means the candidate finished it early. */
public enum InterviewStatus {
    ACTIVE, FINISHED, ENDED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean over() {
        return this != ACTIVE;
    }
}
