package dev.interviewer.interview.model;

import java.time.Instant;
import java.util.List;

/**
 * Which cards are due or weak, for drill mode, and what each finished question scored. The store implements it
 * (spaced repetition); the interview only asks for the list and reports outcomes.
 */
public interface ReviewSchedule {
    /** Card ids to practise now, most urgent first. */
    List<String> due(Instant now, int limit);

    /** A question on this card is finished with this score (0-10). */
    void record(String cardId, double score, Instant at);

    /** Card ids whose last answer was weak (rated Again or Hard), the lowest last score first. */
    List<String> weak(Instant now);

    /** Card ids due for review now, the least likely to be recalled first. */
    List<String> dueNow(Instant now);

    /** A schedule that knows nothing: drill mode then plans like a normal interview. */
    static ReviewSchedule none() {
        return new ReviewSchedule() {
            @Override
            public List<String> due(Instant now, int limit) {
                return List.of();
            }

            @Override
            public void record(String cardId, double score, Instant at) {
                // Nothing is kept.
            }

            @Override
            public List<String> weak(Instant now) {
                return List.of();
            }

            @Override
            public List<String> dueNow(Instant now) {
                return List.of();
            }
        };
    }
}
