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

/**
 * Moves an interview on once a turn is closed: decides what follows, stores the turn's result together with the
 * next turn, records a finished question for review, and starts phrasing the next message, or finishes.
 */
final class TurnAdvance {
    private final InterviewFlow flow;
    private final InterviewStore store;
    private final ReviewSchedule schedule;
    private final PhrasingStep phrasing;
    private final ReportBuilder reports;
    private final Clock clock;

    TurnAdvance(InterviewFlow flow, InterviewStore store, ReviewSchedule schedule, PhrasingStep phrasing,
            ReportBuilder reports, Clock clock) {
        this.flow = flow;
        this.store = store;
        this.schedule = schedule;
        this.phrasing = phrasing;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Stores a closed turn's result with what follows it, in one write, and starts phrasing the next message.
     * {@code graded} already holds the result in memory; {@code result} is null when it was stored before (the
     * next step is decided again after a crash). The model call starts before the writes: they take milliseconds
     * the candidate would otherwise wait for, and the phrased prompt is saved only once its turn is.
     */
    InterviewerMessage advance(Session session, Interview graded, TurnResult result, boolean afterAnswer) {
        NextStep next = flow.next(graded, afterAnswer, clock.instant());
        Turn closed = graded.lastTurn();
        Turn nextTurn = next.finishes() ? null : next.turn().withPrompt(phrasing.initialPrompt(next.turn()));
        LiveMessage live = nextTurn == null ? null : phrasing.phrase(session, graded.id(), nextTurn, next.request());
        if (result != null) {
            store.saveResult(graded.id(), closed.index(), result, nextTurn);
        } else if (nextTurn != null) {
            store.appendTurn(graded.id(), nextTurn);
        }
        if (next.decision().step() != Decision.Step.FOLLOW_UP) {
            QuestionProgress question = graded.currentQuestion();
            schedule.record(question.cardId(), question.score(), clock.instant());
        }
        if (live == null) {
            return InterviewerMessage.of(finish(session, graded, InterviewStatus.FINISHED, next.closing()));
        }
        phrasing.saveWhenPhrased(live, graded.id(), nextTurn.index());
        return InterviewerMessage.of(live);
    }

    /** Stores the end with its closing words and overall score; the closing is the session's last message. */
    LiveMessage finish(Session session, Interview interview, InterviewStatus status, String closing) {
        store.finish(interview.id(), new Finish(status, closing, reports.overall(interview), clock.instant()));
        phrasing.forget(interview.id());
        LiveMessage last = LiveMessage.done(interview.lastTurn().index() + 1, MessageKind.END,
                Prompt.offline(closing));
        session.live = last;
        return last;
    }
}
