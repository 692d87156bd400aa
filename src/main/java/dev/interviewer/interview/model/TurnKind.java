package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.interviewer.interview.phrasing.MessageKind;

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

    /** How the message that opens a turn of this kind is shown. */
    public MessageKind messageKind() {
        return this == FOLLOW_UP ? MessageKind.FOLLOW_UP : MessageKind.QUESTION;
    }
}
