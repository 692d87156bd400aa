package dev.interviewer.interview;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.grading.Reference;
import dev.interviewer.interview.CommandResult.ShownReference;
import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.FollowUpPolicy;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.QuestionProgress;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.OfflineInterviewer;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.report.ReportBuilder;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What a candidate can do besides answering: skip, ask for a hint, hear the question again, end. */
final class Commands {
    private final InterviewFlow flow;
    private final FollowUpPolicy policy = new FollowUpPolicy();
    private final InterviewStore store;
    private final InterviewReader reader;
    private final TurnAdvance advance;
    private final ReportBuilder reports;
    private final Clock clock;

    Commands(InterviewFlow flow, InterviewStore store, InterviewReader reader, TurnAdvance advance,
            ReportBuilder reports, Clock clock) {
        this.flow = flow;
        this.store = store;
        this.reader = reader;
        this.advance = advance;
        this.reports = reports;
        this.clock = clock;
    }

    /** Runs the command on an interview that waits for the candidate. */
    CommandResult run(Session session, Interview interview, Command command) {
        return switch (command) {
            case SKIP -> skip(session, interview);
            case HINT -> hint(interview);
            case REPEAT -> repeat(session, interview);
            case END -> end(session, interview);
        };
    }

    private CommandResult.Skipped skip(Session session, Interview interview) {
        Turn open = interview.lastTurn();
        Card card = interview.card(open.cardId()).orElse(null);
        OfflineInterviewer words = flow.words(interview);
        Grade zero = zeroGrade(card, open, words.skippedLabel());
        TurnResult result = new TurnResult(TurnStatus.SKIPPED, zero, TokenUsage.NONE, clock.instant());
        InterviewerMessage next = advance.advance(session, reader.withResult(interview, result), result, false);
        ShownReference reference = card == null ? null
                : new ShownReference(card.id(), card.title(), card.source(), card.reference());
        return new CommandResult.Skipped(reader.load(interview.id()).state(),
                InterviewerMessage.offline(MessageKind.REFERENCE, words.skipped(), open.index()), zero, reference,
                next);
    }

    private CommandResult.Hinted hint(Interview interview) {
        Turn open = interview.lastTurn();
        QuestionProgress question = interview.currentQuestion();
        Card card = interview.requireCard(open.cardId());
        OfflineInterviewer words = flow.words(interview);
        // The style's hint policy: friendly gives one for every missed point, standard two a question, pressure none.
        boolean allowed = hintsGiven(question) < interview.config().style().hintsPerQuestion();
        String text = policy.hintTarget(question).filter(target -> allowed).map(target -> {
            // The hint count keeps a second hint in the same turn from repeating the first one's wording.
            String hint = words.hint(card, target, interview.answersTo(question.number()),
                    open.index() + open.hints().size());
            store.saveHint(interview.id(), open.index(), new Hint(target.number(), hint, clock.instant()));
            return hint;
        }).orElseGet(words::noMoreHints);
        return new CommandResult.Hinted(interview.state(),
                InterviewerMessage.offline(MessageKind.HINT, text, open.index()));
    }

    private static int hintsGiven(QuestionProgress question) {
        return question.turns().stream().mapToInt(t -> t.hints().size()).sum();
    }

    private CommandResult.Repeated repeat(Session session, Interview interview) {
        Turn open = interview.lastTurn();
        LiveMessage live = session.live;
        InterviewerMessage message = live != null && live.turn() == open.index() ? InterviewerMessage.of(live)
                : new InterviewerMessage(open.kind().messageKind(), open.prompt().text(), open.index(), false,
                        open.prompt().engine(), open.prompt().fallback());
        return new CommandResult.Repeated(interview.state(), message);
    }

    private CommandResult.Ended end(Session session, Interview interview) {
        // Model grades still on their way count: the review and the report use them.
        Interview settled = advance.withFinalGrades(session, interview);
        String closing = flow.words(settled).closing(true, false, settled.lastTurn().index() + 1);
        QuestionProgress current = settled.currentQuestion();
        if (current.scored()) {
            advance.recordReview(session, current);
        }
        LiveMessage last = advance.finish(session, settled, InterviewStatus.ENDED, closing);
        Interview ended = reader.load(interview.id());
        return new CommandResult.Ended(ended.state(), InterviewerMessage.of(last), reports.build(ended));
    }

    // A skipped turn misses every point it asked about; a card gone from the notes has nothing to show.
    private static Grade zeroGrade(Card card, Turn turn, String feedback) {
        List<MissedPoint> missed = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        if (card != null) {
            for (KeyPoint k : card.keyPoints()) {
                if (turn.targets().isEmpty() || turn.targets().contains(k.number())) {
                    missed.add(new MissedPoint(k.number(), k.text(), k.weight()));
                }
            }
            references.add(new Reference(card.id(), card.title(), card.source(), card.reference()));
        }
        return Grade.builder(0, Band.EMPTY).missed(missed).feedback(feedback).references(references)
                .card(turn.cardId(), card != null).build();
    }
}
