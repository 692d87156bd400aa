package dev.interviewer.interview;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.grading.Reference;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.store.CardSnapshot;
import dev.interviewer.store.Finish;
import dev.interviewer.store.InterviewStore;
import dev.interviewer.store.InterviewSummary;
import dev.interviewer.store.StoredInterview;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interview use cases that the HTTP API and the command line call: start, answer, commands, transcript,
 * report. The store is the source of truth: every request reads the interview back, and the answer is stored
 * before it is graded. Each answer costs at most one grading call and one phrasing call. Requests on one interview
 * are serialized; different interviews run in parallel.
 */
public final class InterviewService {
    /** The longest answer taken, in characters. */
    public static final int MAX_ANSWER_CHARS = 8000;

    private static final Logger LOG = LoggerFactory.getLogger(InterviewService.class);

    private final Supplier<KnowledgeBase> knowledge;
    private final Grader grader;
    private final InterviewStore store;
    private final ReviewSchedule schedule;
    private final Interviewer interviewer;
    private final Clock clock;
    private final LongSupplier seeds;
    private final QuestionPlanner planner;
    private final InterviewFlow flow = new InterviewFlow();
    private final FollowUpPolicy policy = new FollowUpPolicy();
    private final ReportBuilder reports = new ReportBuilder();
    private final SecureRandom idSource = new SecureRandom();
    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();

    /** Per-interview lock and the message being phrased in this process. */
    private static final class Session {
        private volatile LiveMessage live;
    }

    private InterviewService(Builder b) {
        this.knowledge = b.knowledge;
        this.grader = b.grader;
        this.store = b.store;
        this.schedule = b.schedule;
        this.interviewer = b.interviewer;
        this.clock = b.clock;
        this.seeds = b.seeds;
        this.planner = new QuestionPlanner(schedule, clock);
    }

    public static Builder builder(Supplier<KnowledgeBase> knowledge, Grader grader, InterviewStore store) {
        return new Builder(knowledge, grader, store);
    }

    /** Plans the questions, stores the interview with its first turn and starts phrasing the opening. */
    public Results.Started start(InterviewConfig config) {
        long seed = seeds.getAsLong();
        List<Card> plan;
        try {
            plan = planner.plan(knowledge.get().askableCards(), config, new Random(seed));
        } catch (IllegalArgumentException e) {
            throw InterviewException.invalid(e.getMessage());
        }
        String id = newId();
        NextStep opening = flow.opening(id, config, seed, plan, clock.instant());
        Session session = sessions.computeIfAbsent(id, k -> new Session());
        synchronized (session) {
            Turn first = opening.turn().withPrompt(initialPrompt(opening.turn()));
            store.create(StoredInterview.started(id, config, seed, plan.stream().map(Card::id).toList(),
                    clock.instant(), first));
            LiveMessage live = phrase(session, id, first, opening.request());
            saveWhenPhrased(live, id, first.index());
            return new Results.Started(id, InterviewState.ASKING, plan.size(), config, InterviewerMessage.of(live));
        }
    }

    /** Stores the answer, grades it, decides and stores what comes next, and starts phrasing it. */
    public Results.Answered answer(String id, String text) {
        String answer = checkedAnswer(text);
        Session session = session(id);
        synchronized (session) {
            Interview interview = load(id);
            if (interview.state() == InterviewState.GRADING) {
                // A previous attempt stored its answer but did not finish grading it: finish that first.
                String pending = interview.lastTurn().answer();
                Results.Answered settled = gradeAndAdvance(session, interview);
                if (pending.equals(answer)) {
                    return settled;
                }
                throw new InterviewException(InterviewException.Reason.CONFLICT,
                        "your previous answer was just graded; read the next question before answering");
            }
            interview = settle(session, interview);
            interview.require(InterviewState.ASKING, InterviewState.FOLLOWING_UP);
            store.saveAnswer(id, interview.lastTurn().index(), answer, clock.instant());
            return gradeAndAdvance(session, load(id));
        }
    }

    public Results.Commanded command(String id, Command command) {
        Session session = session(id);
        synchronized (session) {
            Interview interview = settle(session, load(id));
            interview.require(InterviewState.ASKING, InterviewState.FOLLOWING_UP);
            return switch (command) {
                case SKIP -> skip(session, interview);
                case HINT -> hint(interview);
                case REPEAT -> repeat(session, interview);
                case END -> end(session, interview);
            };
        }
    }

    public Results.Transcript transcript(String id) {
        Session session = session(id);
        synchronized (session) {
            Interview interview = settle(session, load(id));
            StoredInterview s = interview.stored();
            return new Results.Transcript(s.id(), s.status(), interview.state(), s.config(), s.cardIds().size(),
                    interview.lastTurn().question(), s.createdAt(), s.finishedAt(), s.turns(), s.closing(),
                    s.score());
        }
    }

    public Report report(String id) {
        Session session = session(id);
        synchronized (session) {
            return reports.build(withSnapshots(settle(session, load(id))));
        }
    }

    // A card gone from the notes is shown as it was when asked, from the store's snapshot, never graded again.
    private Interview withSnapshots(Interview interview) {
        Map<String, CardSnapshot> snapshots = store.cardSnapshots(interview.id());
        return new Interview(interview.stored(), cardId -> card(cardId)
                .or(() -> Optional.ofNullable(snapshots.get(cardId)).map(CardSnapshot::toCard)));
    }

    /**
     * The interviewer's current message: the one being phrased (to follow it token by token), or the last one
     * said, already finished.
     */
    public LiveMessage currentMessage(String id) {
        Session session = session(id);
        synchronized (session) {
            Interview interview = settle(session, load(id));
            LiveMessage live = session.live;
            if (interview.state() == InterviewState.FINISHED) {
                int next = interview.lastTurn().index() + 1;
                return live != null && live.turn() == next ? live
                        : LiveMessage.done(next, MessageKind.END, Prompt.offline(interview.stored().closing()));
            }
            Turn open = interview.lastTurn();
            if (live != null && live.turn() == open.index()) {
                return live;
            }
            return LiveMessage.done(open.index(), MessageKind.of(open.kind()), open.prompt());
        }
    }

    public List<InterviewSummary> list() {
        return store.list();
    }

    private Results.Answered gradeAndAdvance(Session session, Interview interview) {
        Turn turn = interview.lastTurn();
        Card card = interview.requireCard(turn.cardId());
        GradeRequest request = new GradeRequest(card, card.question(), turn.answer(), Set.copyOf(turn.targets()),
                interview.config().language());
        Grade grade;
        try {
            grade = grader.grade(request);
        } catch (RuntimeException e) {
            LOG.warn("grading failed for interview {} turn {}", interview.id(), turn.index(), e);
            throw new InterviewException(InterviewException.Reason.UNAVAILABLE,
                    "grading failed; your answer is saved and will be graded when you retry");
        }
        TurnResult result = new TurnResult(TurnStatus.GRADED, grade, TokenUsage.NONE, clock.instant());
        Interview graded = withResult(interview, result);
        double questionScore = graded.currentQuestion().score();
        InterviewerMessage next = advance(session, graded, result, true);
        return new Results.Answered(turn.index(), grade, questionScore, next, load(interview.id()).state());
    }

    private Results.Commanded skip(Session session, Interview interview) {
        Turn open = interview.lastTurn();
        Card card = interview.card(open.cardId()).orElse(null);
        Grade zero = skipGrade(card, open, Phrasebook.of(interview.config().language()).skippedLabel());
        TurnResult result = new TurnResult(TurnStatus.SKIPPED, zero, TokenUsage.NONE, clock.instant());
        InterviewerMessage next = advance(session, withResult(interview, result), result, false);
        Results.ShownReference reference = card == null ? null
                : new Results.ShownReference(card.id(), card.title(), card.source(), card.reference());
        String said = flow.words(interview).skipped();
        return new Results.Commanded(Command.SKIP, load(interview.id()).state(),
                InterviewerMessage.offline(MessageKind.REFERENCE, said, open.index()), zero, reference, next, null);
    }

    private Results.Commanded hint(Interview interview) {
        Turn open = interview.lastTurn();
        QuestionProgress question = interview.currentQuestion();
        Card card = interview.requireCard(open.cardId());
        OfflineInterviewer words = flow.words(interview);
        String text = policy.hintTarget(question).map(target -> {
            // The hint count keeps a second hint in the same turn from repeating the first one's wording.
            String hint = words.hint(card, target, interview.answersTo(question.number()),
                    open.index() + open.hints().size());
            store.saveHint(interview.id(), open.index(), new Hint(target.number(), hint, clock.instant()));
            return hint;
        }).orElseGet(words::noMoreHints);
        return new Results.Commanded(Command.HINT, interview.state(),
                InterviewerMessage.offline(MessageKind.HINT, text, open.index()), null, null, null, null);
    }

    private Results.Commanded repeat(Session session, Interview interview) {
        Turn open = interview.lastTurn();
        LiveMessage live = session.live;
        InterviewerMessage message = live != null && live.turn() == open.index() ? InterviewerMessage.of(live)
                : new InterviewerMessage(MessageKind.of(open.kind()), open.prompt().text(), open.index(), false,
                        open.prompt().engine(), open.prompt().fallback());
        return new Results.Commanded(Command.REPEAT, interview.state(), message, null, null, null, null);
    }

    private Results.Commanded end(Session session, Interview interview) {
        int next = interview.lastTurn().index() + 1;
        String closing = flow.words(interview).closing(true, false, next);
        QuestionProgress current = interview.currentQuestion();
        if (current.scored()) {
            schedule.record(current.cardId(), current.score(), clock.instant());
        }
        store.finish(interview.id(), new Finish(InterviewStatus.ENDED, closing, reports.overall(interview),
                clock.instant()));
        interviewer.forget(interview.id());
        LiveMessage live = LiveMessage.done(next, MessageKind.END, Prompt.offline(closing));
        session.live = live;
        Interview ended = load(interview.id());
        return new Results.Commanded(Command.END, ended.state(), null, null, null, InterviewerMessage.of(live),
                reports.build(ended));
    }

    /**
     * Stores a closed turn's result with what follows it, in one write, and starts phrasing the next message.
     * {@code graded} already holds the result in memory. The model call starts before the writes: they take
     * milliseconds the candidate would otherwise wait for, and the phrased prompt is saved only once its turn is.
     */
    private InterviewerMessage advance(Session session, Interview graded, TurnResult result, boolean afterAnswer) {
        NextStep next = flow.next(graded, afterAnswer, clock.instant());
        Turn closed = graded.lastTurn();
        Turn nextTurn = next.finishes() ? null : next.turn().withPrompt(initialPrompt(next.turn()));
        LiveMessage live = nextTurn == null ? null : phrase(session, graded.id(), nextTurn, next.request());
        if (result != null) {
            store.saveResult(graded.id(), closed.index(), result, nextTurn);
        } else if (nextTurn != null) {
            store.appendTurn(graded.id(), nextTurn);
        }
        if (next.decision().step() != Decision.Step.FOLLOW_UP) {
            QuestionProgress question = graded.currentQuestion();
            schedule.record(question.cardId(), question.score(), clock.instant());
        }
        if (live != null) {
            saveWhenPhrased(live, graded.id(), nextTurn.index());
            return InterviewerMessage.of(live);
        }
        store.finish(graded.id(), new Finish(InterviewStatus.FINISHED, next.closing(),
                reports.overall(graded), clock.instant()));
        interviewer.forget(graded.id());
        LiveMessage closing = LiveMessage.done(closed.index() + 1, MessageKind.END, Prompt.offline(next.closing()));
        session.live = closing;
        return InterviewerMessage.of(closing);
    }

    /**
     * Brings an interview left half-way by a crash or a failed call to a state that waits for the candidate:
     * grades a stored answer, decides a missing next step, and settles a prompt whose phrasing was lost.
     */
    private Interview settle(Session session, Interview interview) {
        if (interview.state() == InterviewState.GRADING) {
            gradeAndAdvance(session, interview);
            interview = load(interview.id());
        }
        if (interview.state() == InterviewState.DECIDING) {
            advance(session, interview, null, true);
            interview = load(interview.id());
        }
        Turn last = interview.lastTurn();
        LiveMessage live = session.live;
        if (last.prompt().pending() && (live == null || live.turn() != last.index())) {
            Prompt p = last.prompt();
            store.savePrompt(interview.id(), last.index(), new Prompt(p.text(), "offline", true, false, p.usage()));
            interview = load(interview.id());
        }
        return interview;
    }

    private LiveMessage phrase(Session session, String id, Turn turn, PhraseRequest request) {
        LiveMessage live = new LiveMessage(turn.index(), MessageKind.of(turn.kind()));
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
            live.done(new Prompt(request.draft(), "offline", true, false, TokenUsage.NONE));
        }
        return live;
    }

    // A model's wording replaces the stored draft once it is finished; offline drafts are stored as they are.
    private void saveWhenPhrased(LiveMessage live, String id, int turn) {
        if (interviewer != Interviewer.OFFLINE) {
            live.whenDone(prompt -> savePrompt(id, turn, prompt));
        }
    }

    private void savePrompt(String id, int turn, Prompt prompt) {
        try {
            store.savePrompt(id, turn, prompt);
        } catch (RuntimeException e) {
            LOG.warn("could not save the phrased prompt of interview {} turn {}: {}", id, turn, e.toString());
        }
    }

    // Phrased by a model: stored as pending with the offline draft until the phrasing is saved.
    private Prompt initialPrompt(Turn turn) {
        return interviewer == Interviewer.OFFLINE ? turn.prompt() : turn.prompt().asPending();
    }

    private Interview withResult(Interview interview, TurnResult result) {
        List<Turn> turns = new ArrayList<>(interview.stored().turns());
        turns.set(turns.size() - 1, interview.lastTurn().withResult(result));
        return new Interview(interview.stored().withTurns(turns), this::card);
    }

    private static Grade skipGrade(Card card, Turn turn, String feedback) {
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
        return new Grade(0, Band.EMPTY, List.of(), missed, List.of(), feedback, references, "offline", false, 0,
                turn.cardId(), card != null);
    }

    private Interview load(String id) {
        return new Interview(store.load(id).orElseThrow(() -> InterviewException.notFound(id)), this::card);
    }

    private Optional<Card> card(String cardId) {
        return knowledge.get().card(cardId);
    }

    private Session session(String id) {
        Session session = sessions.get(id);
        if (session != null) {
            return session;
        }
        if (store.load(id).isEmpty()) {
            throw InterviewException.notFound(id);
        }
        return sessions.computeIfAbsent(id, k -> new Session());
    }

    private static String checkedAnswer(String text) {
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

    // 128 random bits: an interview id cannot be guessed, so holding it is what gives access to it.
    private String newId() {
        byte[] bytes = new byte[16];
        idSource.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Builds the service; the knowledge base, grader and store are required, the rest has defaults. */
    public static final class Builder {
        private final Supplier<KnowledgeBase> knowledge;
        private final Grader grader;
        private final InterviewStore store;
        private ReviewSchedule schedule = ReviewSchedule.none();
        private Interviewer interviewer = Interviewer.OFFLINE;
        private Clock clock = Clock.systemUTC();
        private LongSupplier seeds = new SecureRandom()::nextLong;

        private Builder(Supplier<KnowledgeBase> knowledge, Grader grader, InterviewStore store) {
            this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
            this.grader = Objects.requireNonNull(grader, "grader");
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder schedule(ReviewSchedule value) {
            this.schedule = Objects.requireNonNull(value, "schedule");
            return this;
        }

        /** Who phrases the messages; {@link Interviewer#OFFLINE} (the default) uses the offline drafts. */
        public Builder interviewer(Interviewer value) {
            this.interviewer = Objects.requireNonNull(value, "interviewer");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where each interview's phrasing seed comes from; tests pass a fixed one. */
        public Builder seeds(LongSupplier value) {
            this.seeds = Objects.requireNonNull(value, "seeds");
            return this;
        }

        public InterviewService build() {
            return new InterviewService(this);
        }
    }
}
