package dev.interviewer.interview.phrasing;

/** Receives an interviewer message as it is phrased: tokens, possibly a reset, then exactly one done. */
public interface MessageListener {
    void token(String text);

    /** Everything sent so far is void; the full replacement text follows as tokens. */
    void reset(String reason);

    void done(Prompt prompt);
}
