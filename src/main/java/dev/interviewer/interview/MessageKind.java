package dev.interviewer.interview;

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

    public static MessageKind of(TurnKind kind) {
        return kind == TurnKind.FOLLOW_UP ? FOLLOW_UP : QUESTION;
    }
}
