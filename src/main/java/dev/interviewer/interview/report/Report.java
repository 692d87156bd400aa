package dev.interviewer.interview.report;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Engine;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.VoiceSummary;
import java.time.Instant;
import java.util.List;

/**
 * The end report: overall score, each question with its turns, covered and missed points and the reference
 * answer, per-topic averages, the cards to review and the tokens used, with their estimated cost when the model's
 * prices are set (null otherwise). Scores are 0-10; only questions that got an answer or a skip count toward the
 * averages. {@code voice} sums up how the spoken answers were delivered; it is null when no answer was spoken.
 * {@code requirements} groups a targeted interview's scores by the requirement each question practised (empty for
 * an interview over topics).
 */
public record Report(
        String id,
        InterviewStatus status,
        InterviewConfig config,
        Instant createdAt,
        Instant finishedAt,
        double score,
        int questionsScored,
        int questionsPlanned,
        List<QuestionReport> questions,
        List<TopicScore> topics,
        List<ReviewItem> review,
        TokenUsage usage,
        Double estimatedCost,
        int fallbacks,
        VoiceSummary voice,
        List<RequirementScore> requirements) {

    public Report {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        questions = List.copyOf(questions);
        topics = List.copyOf(topics);
        review = List.copyOf(review);
    }

    /** One main question and its follow-ups. {@code scored} is false for a question left open when it ended. */
    public record QuestionReport(
            int number,
            String cardId,
            String title,
            String topic,
            String source,
            double score,
            boolean scored,
            boolean skipped,
            List<TurnReport> turns,
            List<PointReport> covered,
            List<PointReport> missed,
            String reference) {

        public QuestionReport {
            turns = List.copyOf(turns);
            covered = List.copyOf(covered);
            missed = List.copyOf(missed);
        }
    }

    /**
     * One exchange; {@code score} and {@code band} are null when it was not graded, {@code delivery} when the
     * answer was typed.
     */
    public record TurnReport(
            int index,
            TurnKind kind,
            String prompt,
            String answer,
            TurnStatus status,
            Double score,
            Band band,
            String feedback,
            List<Integer> targets,
            List<Integer> hinted,
            Engine engine,
            boolean fallback,
            TokenUsage usage,
            Delivery delivery) {

        public TurnReport {
            targets = List.copyOf(targets);
            hinted = List.copyOf(hinted);
        }
    }

    /** A key point with the answer sentence that covered it, if any. */
    public record PointReport(int number, String text, double weight, boolean hinted, String evidence) {
    }

    /** Average score of the scored questions of one topic. */
    public record TopicScore(String topic, double average, int questions) {
    }

    /**
     * The scored questions of one requirement of a targeted interview: their average (null while none is scored),
     * how many were scored, the numbers of every question asked for it, and whether it is a gap (not in the notes).
     */
    public record RequirementScore(String requirement, double weight, Double average, int questions,
            List<Integer> numbers, boolean gap) {
        public RequirementScore {
            numbers = List.copyOf(numbers);
        }
    }

    /** A card worth reviewing, with why. */
    public record ReviewItem(String cardId, String title, String source, double score, String reason) {
    }
}
