package dev.interviewer.grading;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades with a primary grader (the LLM) and, when it fails in any way (HTTP error, timeout, refusal, invalid
 * output), with the fallback (offline) grader, flagging the grade so the candidate sees what happened.
 */
public final class FallbackGrader implements Grader {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackGrader.class);

    private final Grader primary;
    private final Grader fallback;

    public FallbackGrader(Grader primary, Grader fallback) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Grade grade(GradeRequest request) {
        long start = System.nanoTime();
        try {
            return primary.grade(request);
        } catch (RuntimeException e) {
            // The message names the failure (status, timeout, parse error); it never contains the API key.
            LOG.warn("LLM grading failed for card {}, grading offline instead: {}", request.card().id(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            Grade offline = fallback.grade(request).asFallback();
            return offline.withLatency((System.nanoTime() - start) / 1_000_000);
        }
    }
}
