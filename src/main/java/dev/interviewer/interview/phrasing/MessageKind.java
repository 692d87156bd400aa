package dev.interviewer.interview.phrasing;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an interviewer message is, as the API and the page show it. */
public enum MessageKind {
    QUESTION("question"), FOLLOW_UP("follow-up"), HINT("hint"), REFERENCE("reference"), END("end");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
