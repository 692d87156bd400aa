package dev.interviewer.interview;

import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.Interviewer;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the interviewer phrase the message that opens a turn, as a {@link LiveMessage} others can follow, and saves a
 * model's wording once it is finished. Offline drafts are stored as they are; a model's turn is stored as pending
 * with the offline draft until its wording is saved.
 */
final class PhrasingStep {
    private static final Logger LOG = LoggerFactory.getLogger(PhrasingStep.class);

    private final Interviewer interviewer;
    private final InterviewStore store;

    PhrasingStep(Interviewer interviewer, InterviewStore store) {
        this.interviewer = interviewer;
        this.store = store;
    }

    /** The prompt a new turn is stored with. */
    Prompt initialPrompt(Turn turn) {
        return interviewer == Interviewer.OFFLINE ? turn.prompt() : turn.prompt().asPending();
    }

    /** Starts phrasing the turn's message; the session follows it. */
    LiveMessage phrase(Session session, String id, Turn turn, PhraseRequest request) {
        return phrase(session, id, turn, request, false);
    }

    /**
     * Starts phrasing the turn's message; the session follows it. {@code gradeToFollow}: the previous answer's
     * model grade will arrive on this message too.
     */
    LiveMessage phrase(Session session, String id, Turn turn, PhraseRequest request, boolean gradeToFollow) {
        LiveMessage live = new LiveMessage(turn.index(), turn.kind().messageKind(), gradeToFollow);
        session.live = live;
        if (interviewer == Interviewer.OFFLINE) {
            live.token(request.draft());
            live.done(turn.prompt());
            return live;
        }
        try {
            interviewer.phrase(request, live);
        } catch (RuntimeException e) {
            // Interviewers must not throw; if one does, the turn still gets its offline text.
            LOG.warn("interviewer failed for interview {} turn {}: {}", id, turn.index(), e.toString());
            live.reset("interviewer failed");
            live.token(request.draft());
            live.done(Prompt.fallback(request.draft(), TokenUsage.NONE));
        }
        return live;
    }

    /** A model's wording replaces the stored draft once it is finished. */
    void saveWhenPhrased(LiveMessage live, String id, int turn) {
        if (interviewer != Interviewer.OFFLINE) {
            live.whenDone(prompt -> save(id, turn, prompt));
        }
    }

    /**
     * The interviewer's current message: the one being phrased in this process (to follow it token by token), or
     * the last one said, already finished.
     */
    LiveMessage current(Session session, Interview interview) {
        boolean finished = interview.state() == InterviewState.FINISHED;
        Turn last = interview.lastTurn();
        int turn = finished ? last.index() + 1 : last.index();
        LiveMessage live = session.live;
        if (live != null && live.turn() == turn) {
            return live;
        }
        return finished ? LiveMessage.done(turn, MessageKind.END, Prompt.offline(interview.stored().closing()))
                : LiveMessage.done(turn, last.kind().messageKind(), last.prompt());
    }

    /** The interview is over: the interviewer may drop what it remembers of it. */
    void forget(String id) {
        interviewer.forget(id);
    }

    private void save(String id, int turn, Prompt prompt) {
        try {
            store.savePrompt(id, turn, prompt);
        } catch (RuntimeException e) {
            LOG.warn("could not save the phrased prompt of interview {} turn {}: {}", id, turn, e.toString());
        }
    }
}
