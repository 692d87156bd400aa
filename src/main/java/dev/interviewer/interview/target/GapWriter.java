package dev.interviewer.interview.target;

import java.util.List;

/**
 * Writes interview questions on requirements the notes do not cover: only a model can, so offline there is none
 * and gaps are not asked.
 */
public interface GapWriter {
    /**
     * One question per requirement, in the same order, in the interview's language ("zh" or "en"). Throws when the
     * model fails or answers with anything else: the interview then asks from the notes only.
     */
    List<String> questions(List<String> requirements, String language);
}
