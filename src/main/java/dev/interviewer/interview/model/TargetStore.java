package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps saved targets and, for each targeted interview, which requirement each main question practises (and the
 * model-written questions of its gaps), so reports group scores by requirement and a gap can be asked and graded
 * after a restart. Implementations are thread-safe.
 */
public interface TargetStore {
    /** Saves a target under its name; saving a name again (case ignored) replaces that target's text. */
    SavedTarget save(String name, String text, Instant at);

    /** Every saved target, the most recently changed first. */
    List<SavedTarget> list();

    Optional<SavedTarget> find(String id);

    /** Deletes a saved target; the interviews practised for it keep their copy of its text. */
    boolean delete(String id);

    /** Stores the requirements of a targeted interview's questions, once, after the interview is created. */
    void savePlan(String interviewId, String targetId, List<QuestionRequirement> plan);

    /** The requirements of an interview's questions, by question number; empty for an untargeted interview. */
    List<QuestionRequirement> plan(String interviewId);

    /** The gap question with this card id ({@code gap/...}), if an interview planned one. */
    Optional<QuestionRequirement> gap(String cardId);

    /** The ids of the interviews practised for a saved target. */
    List<String> interviewIds(String targetId);
}
