package dev.interviewer.interview;

import com.fasterxml.jackson.annotation.JsonValue;

/** A main question from a card, or a follow-up on one of its missed key points. */
public enum TurnKind {
    QUESTION("question"), FOLLOW_UP("follow-up");

    private final String label;

    TurnKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
