package dev.interviewer.interview.model;

import java.util.Objects;

/**
 * A targeted interview's target: the job description or résumé it practises for, the saved target it came from
 * (empty id and name for pasted text), how far questions may stray, and whether gaps (requirements the notes do not
 * cover) may be asked by a model. A choice naming a saved target by its id alone has no text until it is resolved
 * against the saved targets.
 */
public record TargetChoice(String text, String id, String name, Reach reach, boolean gaps) {
    /** The longest target text taken, in characters. */
    public static final int MAX_CHARS = 20_000;

    public TargetChoice {
        id = id == null ? "" : id.strip();
        text = (text == null || text.isBlank()) && !id.isEmpty() ? "" : checkedText(text);
        name = name == null ? "" : name.strip();
        reach = reach == null ? Reach.CLOSE : reach;
    }

    /** Pasted text, kept close to the requirements, gaps allowed. */
    public static TargetChoice of(String text) {
        return new TargetChoice(text, "", "", Reach.CLOSE, true);
    }

    /** Whether the text is known (a saved target named by id only is not, until resolved). */
    public boolean resolved() {
        return !text.isEmpty();
    }

    /** This choice practising a saved target: its id, name and text. */
    public TargetChoice with(SavedTarget saved) {
        return new TargetChoice(saved.text(), saved.id(), saved.name(), reach, gaps);
    }

    /** The text stripped; empty text is invalid (400), more than {@link #MAX_CHARS} characters too long (413). */
    public static String checkedText(String text) {
        String stripped = Objects.requireNonNullElse(text, "").strip();
        if (stripped.isEmpty()) {
            throw InterviewException.invalid("the target text is empty: paste a job description or a résumé");
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_CHARS) {
            throw new InterviewException(InterviewException.Reason.TOO_LONG,
                    "the target text has " + length + " characters; the limit is " + MAX_CHARS);
        }
        return stripped;
    }
}
