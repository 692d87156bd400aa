package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.Objects;

/** A target the candidate saved under a name, to practise for again: the text, when it was saved and changed. */
public record SavedTarget(String id, String name, String text, Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME_CHARS = 100;

    public SavedTarget {
        Objects.requireNonNull(id, "id");
        name = checkedName(name);
        text = TargetChoice.checkedText(text);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The name stripped; blank or longer than {@link #MAX_NAME_CHARS} is invalid. */
    public static String checkedName(String name) {
        String stripped = Objects.requireNonNullElse(name, "").strip();
        if (stripped.isEmpty()) {
            throw InterviewException.invalid("a saved target needs a name");
        }
        if (stripped.length() > MAX_NAME_CHARS) {
            throw InterviewException.invalid("a target name has at most " + MAX_NAME_CHARS + " characters: "
                    + stripped.substring(0, 20) + "…");
        }
        return stripped;
    }
}
