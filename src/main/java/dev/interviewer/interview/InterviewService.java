package dev.interviewer.interview;

import dev.interviewer.grading.Grader;
import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.QuestionPlanner;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.report.Report;
import dev.interviewer.interview.report.ReportBuilder;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.DeliveryMeter;
import dev.interviewer.interview.voice.Recordings;
import dev.interviewer.interview.voice.SpokenAnswer;
import dev.interviewer.knowledge.KnowledgeBase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The interview use cases that the HTTP API and the command line call: start, answer, commands, transcript,
 * report. The store is the source of truth: every request reads the interview back and settles what a crash left
 * half-way ({@link Recovery}), and the answer is stored before it is graded ({@link GradingStep}). Each answer
 * costs at most one model grading call and one phrasing call ({@link PhrasingStep}), run side by side. Requests on
 * one interview are serialized; different interviews run in parallel.
 */
public final class InterviewService {
    /** The longest answer taken, in characters. */
    public static final int MAX_ANSWER_CHARS = GradingStep.MAX_ANSWER_CHARS;

    private final InterviewStore store;
    private final Clock clock;
    private final LongSupplier seeds;
    private final Planning planning;
    private final InterviewFlow flow = new InterviewFlow();
    private final ReportBuilder reports;
    private final Sessions sessions;
    private final InterviewReader reader;
    private final PhrasingStep phrasing;
    private final GradingStep grading;
    private final Recovery recovery;
    private final Commands commands;
    private final Recordings recordings;
    private final DeliveryMeter meter = DeliveryMeter.standard();

    InterviewService(InterviewServiceBuilder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.seeds = b.seeds;
        this.sessions = new Sessions(store);
        TargetService targets = b.targets;
        this.reader = new InterviewReader(store, b.knowledge,
                cardId -> targets == null ? Optional.empty() : targets.gapCard(cardId));
        this.planning = new Planning(new QuestionPlanner(b.schedule, clock), b.targets, reader);
        this.reports = new ReportBuilder(b.pricing, planning::requirements);
        this.phrasing = new PhrasingStep(b.interviewer, store);
        ModelGrading model = b.modelGrader == null ? null
                : new ModelGrading(b.modelGrader, b.modelWait, store, reader, b.schedule);
        TurnAdvance advance = new TurnAdvance(flow, store, reader, b.schedule, phrasing, reports, clock,
                b.modelWait);
        this.grading = new GradingStep(b.grader, model, reader, advance, clock);
        this.recovery = new Recovery(grading, advance, reader, store);
        this.commands = new Commands(flow, store, reader, advance, reports, clock);
        this.recordings = b.recordings;
    }

    /** @param grader the offline grader: it grades every answer and decides what comes next */
    public static InterviewServiceBuilder builder(Supplier<KnowledgeBase> knowledge, Grader grader,
                                                  InterviewStore store) {
        return new InterviewServiceBuilder(knowledge, grader, store);
    }

    /**
     * Plans the questions (over topics, or for a target's requirements), stores the interview with its first turn
     * and starts phrasing the opening.
     */
    public Results.Started start(InterviewConfig requested) {
        InterviewConfig config = planning.resolve(requested);
        long seed = seeds.getAsLong();
        String id = sessions.newId();
        Planning.Plan plan = planning.plan(id, config, seed);
        NextStep opening = flow.opening(id, config, seed, plan.cards(), plan.intro(), clock.instant());
        Session session = sessions.create(id);
        synchronized (session) {
            Turn first = opening.turn().withPrompt(phrasing.initialPrompt(opening.turn()));
            store.create(StoredInterview.started(id, config, seed, plan.cardIds(), clock.instant(), first));
            planning.saved(id, config, plan);
            LiveMessage live = phrasing.phrase(session, id, first, opening.request());
            phrasing.saveWhenPhrased(live, id, first.index());
            return new Results.Started(id, InterviewState.ASKING, plan.cards().size(), config,
                    InterviewerMessage.of(live));
        }
    }

    /** Stores the answer, grades it, decides and stores what comes next, and starts phrasing it. */
    public Results.Answered answer(String id, String text) {
        return answer(id, text, null);
    }

    /**
     * As {@link #answer(String, String)}, for an answer that was spoken: its delivery (pace, fillers, pauses) is
     * measured from how it was heard and stored with it. The grade reads only the text, as for a typed answer.
     *
     * @param spoken how the answer was spoken, or null for a typed answer
     */
    public Results.Answered answer(String id, String text, SpokenAnswer spoken) {
        String answer = GradingStep.checkedAnswer(text);
        Delivery delivery = spoken == null ? null : meter.measure(spoken);
        Session session = sessions.of(id);
        synchronized (session) {
            Interview interview = reader.load(id);
            if (interview.state() == InterviewState.GRADING) {
                return grading.retry(session, interview, answer);
            }
            interview = recovery.settle(session, interview);
            interview.require(InterviewState.ASKING, InterviewState.FOLLOWING_UP);
            store.saveAnswer(id, interview.lastTurn().index(), answer, delivery, clock.instant());
            return grading.gradeAndAdvance(session, reader.load(id));
        }
    }

    /**
     * A draft of the answer being written (sent by the page when the candidate pauses): read ahead, not stored, so
     * that the answer, once sent, is graded sooner. Not serialized with the interview's other requests: it only
     * reads. A blank draft does nothing; one longer than an answer may be is refused.
     */
    public void draft(String id, String text) {
        String draft = text == null ? "" : text.strip();
        if (draft.isEmpty()) {
            return;
        }
        GradingStep.checkedAnswer(draft);
        grading.readAhead(reader.load(id), draft);
    }

    public CommandResult command(String id, Command command) {
        Session session = sessions.of(id);
        synchronized (session) {
            Interview interview = recovery.settle(session, reader.load(id));
            interview.require(InterviewState.ASKING, InterviewState.FOLLOWING_UP);
            return commands.run(session, interview, command);
        }
    }

    public Results.Transcript transcript(String id) {
        Session session = sessions.of(id);
        synchronized (session) {
            Interview interview = recovery.settle(session, reader.load(id));
            StoredInterview s = interview.stored();
            return new Results.Transcript(s.id(), s.status(), interview.state(), s.config(), s.cardIds().size(),
                    interview.lastTurn().question(), s.createdAt(), s.finishedAt(), s.turns(), s.closing(),
                    s.score());
        }
    }

    public Report report(String id) {
        Session session = sessions.of(id);
        synchronized (session) {
            return reports.build(reader.withSnapshots(recovery.settle(session, reader.load(id))));
        }
    }

    /**
     * The interviewer's current message: the one being phrased (to follow it token by token), or the last one
     * said, already finished.
     */
    public LiveMessage currentMessage(String id) {
        Session session = sessions.of(id);
        synchronized (session) {
            return phrasing.current(session, recovery.settle(session, reader.load(id)));
        }
    }

    public List<InterviewSummary> list() {
        return store.list();
    }

    /** Deletes the interview, its turns and any recordings kept with it. */
    public void delete(String id) {
        Session session = sessions.of(id);
        synchronized (session) {
            if (!store.delete(id)) {
                throw InterviewException.notFound(id);
            }
            recordings.deleteAll(id);
            sessions.remove(id);
        }
    }
}
