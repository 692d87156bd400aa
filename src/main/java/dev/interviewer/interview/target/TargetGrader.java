package dev.interviewer.interview.target;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.lang.Wording;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades answers to gap questions with the model's rubric alone, and every other answer as before. A gap has no
 * notes to grade against, so the offline grader never grades one. When the model fails on a gap the answer is kept
 * and gets a grade that says so (score 0, not matched to any note, flagged as a fallback): a gap could otherwise
 * never be graded, skipped or left while the model is down.
 */
public final class TargetGrader implements Grader {
    private static final Logger LOG = LoggerFactory.getLogger(TargetGrader.class);

    private final Grader notes;
    private final Grader model;

    /** @param model the model's grader with no offline fallback */
    public TargetGrader(Grader notes, Grader model) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public Grade grade(GradeRequest request) {
        if (!GapCards.isGap(request.card().id())) {
            return notes.grade(request);
        }
        try {
            return model.grade(request);
        } catch (RuntimeException e) {
            LOG.warn("the model could not grade gap question {}; it has no offline grade: {}", request.card().id(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            return Grade.builder(0, Band.OFF_TOPIC).feedback(Wording.of(request.language()).text("target.gapUngraded"))
                    .engine(Engine.LLM).fallback(true).card(request.card().id(), false).build();
        }
    }

    /** The notes' grader reads ahead; the model reads nothing before the answer is sent. */
    @Override
    public void readAhead(String draft) {
        notes.readAhead(draft);
    }
}
