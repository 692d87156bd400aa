package dev.interviewer.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.report.Report;
import java.util.Objects;

/** What a command returns: one record per command, each with exactly what that command produces. */
@JsonPropertyOrder({"command", "state"})
public sealed interface CommandResult {
    /** The command this answers; sent as {@code "command"}. */
    @JsonProperty("command")
    default Command command() {
        // One place that names each result's command (Java 17 has no switch over a sealed type's records).
        if (this instanceof Skipped) {
            return Command.SKIP;
        }
        if (this instanceof Hinted) {
            return Command.HINT;
        }
        if (this instanceof Repeated) {
            return Command.REPEAT;
        }
        return Command.END; // Ended: the interface permits no other record
    }

    /** Where the interview stands afterwards. */
    InterviewState state();

    /**
     * The turn scored 0 and its reference shown, then the next question (or the end).
     *
     * @param reference null when the card has left the notes
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Skipped(InterviewState state, InterviewerMessage message, Grade grade, ShownReference reference,
            InterviewerMessage next) implements CommandResult {
        public Skipped {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(next, "next");
        }
    }

    /** A nudge toward a missed key point, or word that there are no more hints. */
    record Hinted(InterviewState state, InterviewerMessage message) implements CommandResult {
        public Hinted {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The open turn's question again. */
    record Repeated(InterviewState state, InterviewerMessage message) implements CommandResult {
        public Repeated {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The interview ended early: the closing words and the report of what was answered. */
    record Ended(InterviewState state, InterviewerMessage next, Report report) implements CommandResult {
        public Ended {
            Objects.requireNonNull(next, "next");
            Objects.requireNonNull(report, "report");
        }
    }

    /** The reference answer shown when a question is skipped. */
    record ShownReference(String cardId, String title, String source, String text) {
    }
}
