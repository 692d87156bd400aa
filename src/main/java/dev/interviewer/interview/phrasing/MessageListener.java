package dev.interviewer.interview.phrasing;

/**
 * Receives an interviewer message as it is phrased: tokens, possibly a reset, then exactly one done; and, when the
 * previous answer's model grade was still coming, one grade event before or after them. {@link #end()} comes last.
 */
public interface MessageListener {
    void token(String text);

    /** Everything sent so far is void; the full replacement text follows as tokens. */
    void reset(String reason);

    void done(Prompt prompt);

    /** The previous answer's grade as the model gave it (or the offline one, flagged, when the model failed). */
    default void grade(GradeUpdate update) {
        // Listeners that show only the message ignore it.
    }

    /** Nothing more will come: the message is done and any grade that was to follow has come. */
    default void end() {
        // Listeners with nothing to release ignore it.
    }
}
