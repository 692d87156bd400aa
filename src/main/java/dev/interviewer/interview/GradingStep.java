package dev.interviewer.interview;

import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.target.GapCards;
import dev.interviewer.knowledge.Card;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades the stored answer of the open turn and moves the interview on. Offline only: one grading call. With a
 * model grader: the offline grade (instant, deterministic) decides what comes next, and the model's grade runs
 * beside the phrasing of the next message ({@link ModelGrading}), one model call each, so the candidate waits for
 * one; after the last answer, with nothing to phrase, the model grades before the interview ends.
 */
final class GradingStep {
    static final int MAX_ANSWER_CHARS = 8000;
    private static final Logger LOG = LoggerFactory.getLogger(GradingStep.class);

    private final Grader grader;
    private final ModelGrading model;
    private final InterviewReader reader;
    private final TurnAdvance advance;
    private final Clock clock;

    /**
     * @param grader the offline grader
     * @param model  the model's grading, or null when no model is configured
     */
    GradingStep(Grader grader, ModelGrading model, InterviewReader reader, TurnAdvance advance, Clock clock) {
        this.grader = grader;
        this.model = model;
        this.reader = reader;
        this.advance = advance;
        this.clock = clock;
    }

    /** The answer as it is stored: stripped, never empty, at most {@link #MAX_ANSWER_CHARS} characters. */
    static String checkedAnswer(String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw InterviewException.invalid("the answer is empty; write an answer or send the skip command");
        }
        int length = answer.codePointCount(0, answer.length());
        if (length > MAX_ANSWER_CHARS) {
            throw new InterviewException(InterviewException.Reason.TOO_LONG,
                    "the answer has " + length + " characters; the limit is " + MAX_ANSWER_CHARS);
        }
        return answer;
    }

    /**
     * A draft of the open turn's answer, read ahead by the offline grader (see {@link Grader#readAhead}) so that the
     * answer, once sent, is graded sooner. Nothing is stored: the page keeps the draft.
     */
    void readAhead(Interview interview, String draft) {
        interview.require(InterviewState.ASKING, InterviewState.FOLLOWING_UP);
        grader.readAhead(draft);
    }

    /**
     * An answer sent while the previous one is stored but not graded (its grading failed, or the process died):
     * grades the stored one first. The same answer sent again gets that grade; a different one is refused.
     */
    Results.Answered retry(Session session, Interview interview, String answer) {
        String pending = interview.lastTurn().answer();
        Results.Answered settled = gradeAndAdvance(session, interview);
        if (pending.equals(answer)) {
            return settled;
        }
        throw new InterviewException(InterviewException.Reason.CONFLICT,
                "your previous answer was just graded; read the next question before answering");
    }

    /** The interview's state is GRADING: its last turn has a stored answer. */
    Results.Answered gradeAndAdvance(Session session, Interview interview) {
        Turn turn = interview.lastTurn();
        Card card = interview.requireCard(turn.cardId());
        GradeRequest request = new GradeRequest(card, card.question(), turn.answer(), Set.copyOf(turn.targets()),
                interview.config().language());
        Grade offline = offlineGrade(interview, turn, request);
        TurnResult result = graded(offline, TokenUsage.NONE);
        Interview graded = reader.withResult(interview, result);
        NextStep next = advance.decide(graded, true);
        ModelGrading.Job job = null;
        // A gap question's grade in the flow already came from the model: it is not asked twice.
        boolean modelFollows = model != null && !GapCards.isGap(card.id());
        if (modelFollows && next.finishes()) {
            ModelGrader.ModelGrade last = model.now(interview.id(), turn, request, offline);
            result = graded(last.grade(), last.usage());
            graded = reader.withResult(interview, result);
        } else if (modelFollows) {
            job = model.prepare(session, interview.id(), turn, request, offline, next.decision());
        }
        double questionScore = graded.currentQuestion().score();
        InterviewerMessage message = advance.apply(session, graded, result, next, job);
        return new Results.Answered(turn.index(), result.grade(), questionScore, message,
                reader.load(interview.id()).state(), turn.delivery(), job != null);
    }

    private Grade offlineGrade(Interview interview, Turn turn, GradeRequest request) {
        try {
            return grader.grade(request);
        } catch (RuntimeException e) {
            LOG.warn("grading failed for interview {} turn {}", interview.id(), turn.index(), e);
            throw new InterviewException(InterviewException.Reason.UNAVAILABLE,
                    "grading failed; your answer is saved and will be graded when you retry");
        }
    }

    private TurnResult graded(Grade grade, TokenUsage usage) {
        return new TurnResult(TurnStatus.GRADED, grade, usage, clock.instant());
    }
}
