package dev.interviewer.interview;

import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.Prompt;

/**
 * Brings an interview left half-way by a crash or a failed call to a state that waits for the candidate: grades a
 * stored answer, decides a missing next step, and settles a prompt whose phrasing was lost. Every use case settles
 * the interview first, so nothing a candidate sent is lost and nothing is done twice.
 */
final class Recovery {
    private final GradingStep grading;
    private final TurnAdvance advance;
    private final InterviewReader reader;
    private final InterviewStore store;

    Recovery(GradingStep grading, TurnAdvance advance, InterviewReader reader, InterviewStore store) {
        this.grading = grading;
        this.advance = advance;
        this.reader = reader;
        this.store = store;
    }

    Interview settle(Session session, Interview interview) {
        if (interview.state() == InterviewState.GRADING) {
            grading.gradeAndAdvance(session, interview);
            interview = reader.load(interview.id());
        }
        if (interview.state() == InterviewState.DECIDING) {
            advance.advance(session, interview, null, true);
            interview = reader.load(interview.id());
        }
        Turn last = interview.lastTurn();
        LiveMessage live = session.live;
        if (last.prompt().pending() && (live == null || live.turn() != last.index())) {
            // The process that was phrasing it is gone: the stored offline draft is what the candidate gets.
            Prompt draft = last.prompt();
            store.savePrompt(interview.id(), last.index(), Prompt.fallback(draft.text(), draft.usage()));
            interview = reader.load(interview.id());
        }
        return interview;
    }
}
