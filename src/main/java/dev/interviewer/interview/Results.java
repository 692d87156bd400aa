package dev.interviewer.interview;

import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.voice.Delivery;
import java.time.Instant;
import java.util.List;

/** What the interview use cases return besides commands ({@link CommandResult}); the API sends them as JSON. */
public final class Results {
    private Results() {
    }

    /** A new interview and its first question. */
    public record Started(String id, InterviewState state, int questions, InterviewConfig config,
            InterviewerMessage message) {
    }

    /**
     * An answer's grade and what comes next.
     *
     * @param questionScore the score of the whole question so far (main answer plus follow-ups, hints halved)
     * @param delivery      how a spoken answer was delivered, beside the grade; null for a typed answer
     */
    public record Answered(int turn, Grade grade, double questionScore, InterviewerMessage next,
            InterviewState state, Delivery delivery) {
    }

    /** Everything said so far. Turns carry their prompt, answer, status, hints and grade. */
    public record Transcript(String id, InterviewStatus status, InterviewState state, InterviewConfig config,
            int questions, int currentQuestion, Instant createdAt, Instant finishedAt, List<Turn> turns,
            String closing, Double score) {

        public Transcript {
            turns = List.copyOf(turns);
        }
    }
}
