package dev.interviewer.interview;

import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Decision;
import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.QuestionProgress;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.report.ReportBuilder;
import java.time.Clock;
import java.time.Duration;

/**
 * Moves an interview on once a turn is closed: decides what follows, stores the turn's result together with the
 * next turn, records a finished question for review, and starts phrasing the next message, or finishes.
 */
final class TurnAdvance {
    private final InterviewFlow flow;
    private final InterviewStore store;
    private final InterviewReader reader;
    private final ReviewSchedule schedule;
    private final PhrasingStep phrasing;
    private final ReportBuilder reports;
    private final Clock clock;
    private final Duration gradeWait;

    /**
     * @param gradeWait how long the end of an interview waits for model grades still on their way
     */
    TurnAdvance(InterviewFlow flow, InterviewStore store, InterviewReader reader, ReviewSchedule schedule,
            PhrasingStep phrasing, ReportBuilder reports, Clock clock, Duration gradeWait) {
        this.flow = flow;
        this.store = store;
        this.reader = reader;
        this.schedule = schedule;
        this.phrasing = phrasing;
        this.reports = reports;
        this.clock = clock;
        this.gradeWait = gradeWait;
    }

    /** What follows the closed last turn of {@code graded}; {@code afterAnswer} is false after a skip. */
    NextStep decide(Interview graded, boolean afterAnswer) {
        return flow.next(graded, afterAnswer, clock.instant());
    }

    /**
     * Decides what follows, stores the closed turn's result with it, in one write, and starts phrasing the next
     * message. {@code graded} already holds the result in memory; {@code result} is null when it was stored before
     * (the next step is decided again after a crash).
     */
    InterviewerMessage advance(Session session, Interview graded, TurnResult result, boolean afterAnswer) {
        return apply(session, graded, result, decide(graded, afterAnswer), null);
    }

    /**
     * Stores the result with the decided next step and starts phrasing it. The model call starts before the writes:
     * they take milliseconds the candidate would otherwise wait for, and the phrased prompt is saved only once its
     * turn is. {@code modelGrade} (null when there is none) is the closed turn's model grade: it is called for once
     * the phrasing has started, told when the result it replaces is stored, and arrives on the next message.
     */
    InterviewerMessage apply(Session session, Interview graded, TurnResult result, NextStep next,
            ModelGrading.Job modelGrade) {
        Turn closed = graded.lastTurn();
        Turn nextTurn = next.finishes() ? null : next.turn().withPrompt(phrasing.initialPrompt(next.turn()));
        LiveMessage live = nextTurn == null ? null
                : phrasing.phrase(session, graded.id(), nextTurn, next.request(), modelGrade != null);
        // The candidate waits for the next message: its call goes first, the closed turn's model grade right after.
        if (modelGrade != null) {
            modelGrade.call();
        }
        try {
            if (result != null) {
                store.saveResult(graded.id(), closed.index(), result, nextTurn);
            } else if (nextTurn != null) {
                store.appendTurn(graded.id(), nextTurn);
            }
        } catch (RuntimeException e) {
            if (modelGrade != null) {
                modelGrade.notStored(live, e);
            }
            throw e;
        }
        if (modelGrade != null) {
            modelGrade.stored(live);
        }
        if (next.decision().step() != Decision.Step.FOLLOW_UP) {
            recordReview(session, graded.currentQuestion());
        }
        if (live == null) {
            return InterviewerMessage.of(finish(session, graded, InterviewStatus.FINISHED, next.closing()));
        }
        phrasing.saveWhenPhrased(live, graded.id(), nextTurn.index());
        return InterviewerMessage.of(live);
    }

    /**
     * Records a question the interview moves on from for review, now or, while one of its model grades is still on
     * its way, once that grade is stored (the model's grades are what the schedule should see).
     */
    void recordReview(Session session, QuestionProgress question) {
        if (session.grades.moveOn(question.number(), clock.instant())) {
            schedule.record(question.cardId(), question.score(), clock.instant());
        }
    }

    /** Waits (bounded) for the model grades still on their way, then reads the interview back with them. */
    Interview withFinalGrades(Session session, Interview interview) {
        if (!session.grades.any()) {
            return interview;
        }
        session.grades.awaitAll(gradeWait);
        return reader.load(interview.id());
    }

    /**
     * Stores the end with its closing words and overall score, once the grades still on their way are in (bounded
     * wait); the closing is the session's last message.
     */
    LiveMessage finish(Session session, Interview interview, InterviewStatus status, String closing) {
        Interview settled = withFinalGrades(session, interview);
        store.finish(settled.id(), new Finish(status, closing, reports.overall(settled), clock.instant()));
        phrasing.forget(settled.id());
        LiveMessage last = LiveMessage.done(settled.lastTurn().index() + 1, MessageKind.END,
                Prompt.offline(closing));
        session.live = last;
        return last;
    }
}
