package dev.interviewer.interview;

import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.interview.ModelGrader.ModelGrade;
import dev.interviewer.interview.Sessions.Session;
import dev.interviewer.interview.model.Decision;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.QuestionProgress;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.GradeUpdate;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A turn's model grade, run beside the phrasing of the next message so that an answer costs the candidate one
 * model call's wait, not two. The offline grade has already decided what comes next and is stored; the model's grade
 * replaces it when it arrives and goes to the page on the next message's event stream. When the model fails, the
 * offline grade stays, flagged as a fallback. When the model says a follow-up's target point was covered after all,
 * the follow-up is not changed mid-stream; the disagreement is logged with both grades, for calibration.
 */
final class ModelGrading {
    private static final Logger LOG = LoggerFactory.getLogger(ModelGrading.class);
    private static final Logger CALIBRATION = LoggerFactory.getLogger("dev.interviewer.calibration");
    // Credit at which the model counts a point as covered (its grades give 1.0 per covered point).
    private static final double COVERED = 0.5;

    private final ModelGrader model;
    private final Duration timeout;
    private final InterviewStore store;
    private final InterviewReader reader;
    private final ReviewSchedule schedule;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "model-grading");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param timeout how long a use case that needs final grades (the end of an interview) waits for pending ones
     */
    ModelGrading(ModelGrader model, Duration timeout, InterviewStore store, InterviewReader reader,
            ReviewSchedule schedule) {
        this.model = Objects.requireNonNull(model, "model");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.store = store;
        this.reader = reader;
        this.schedule = schedule;
    }

    Duration timeout() {
        return timeout;
    }

    /** Grades with the model now and waits: for a turn after which nothing is phrased (the interview ends). */
    ModelGrade now(String id, Turn turn, GradeRequest request, Grade offline) {
        return gradeOrKeep(id, turn, request, offline);
    }

    /**
     * The turn's model grade, to be called for with {@link Job#call()} once the next message is being phrased (the
     * candidate waits for that message, not for this grade); the job holds the grade until the offline result is
     * stored.
     */
    Job prepare(Session session, String id, Turn turn, GradeRequest request, Grade offline, Decision decision) {
        Job job = new Job(session, id, turn, request, offline, decision);
        session.grades.add(turn.index(), turn.question(), job.settled);
        return job;
    }

    // Never throws: a model that fails leaves the offline grade, flagged, so the page says what happened.
    private ModelGrade gradeOrKeep(String id, Turn turn, GradeRequest request, Grade offline) {
        try {
            return model.gradeWithUsage(request);
        } catch (RuntimeException e) {
            // The message names the failure (status, timeout, parse error); it never contains the API key.
            LOG.warn("model grading failed for interview {} turn {}; the offline grade stands: {}", id, turn.index(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            return new ModelGrade(offline.asFallback(), TokenUsage.NONE);
        }
    }

    /** One turn's model grade in flight: stored, sent and reviewed once both it and the offline result are in. */
    final class Job {
        private final Session session;
        private final String id;
        private final Turn turn;
        private final GradeRequest request;
        private final Grade offline;
        private final Decision decision;
        private final CompletableFuture<LiveMessage> stored = new CompletableFuture<>();
        private final CompletableFuture<Void> settled = new CompletableFuture<>();
        // The call could not even start: no grade will come for the message to wait for.
        private final AtomicBoolean abandoned = new AtomicBoolean();

        private Job(Session session, String id, Turn turn, GradeRequest request, Grade offline, Decision decision) {
            this.session = session;
            this.id = id;
            this.turn = turn;
            this.request = request;
            this.offline = offline;
            this.decision = decision;
        }

        /** Starts the model call. */
        void call() {
            try {
                CompletableFuture.supplyAsync(() -> gradeOrKeep(id, turn, request, offline), calls)
                        .thenCombine(stored, (grade, live) -> {
                            finish(grade, live);
                            return null;
                        })
                        .whenComplete((ignored, error) -> settle());
            } catch (RejectedExecutionException e) {
                LOG.warn("model grading refused for interview {} turn {}; the offline grade stands", id,
                        turn.index());
                abandoned.set(true);
                settle();
            }
        }

        /** The offline result and the next turn are stored; {@code live} is the next message. */
        void stored(LiveMessage live) {
            if (abandoned.get()) {
                live.gradeLost();
            }
            stored.complete(live);
        }

        /** Storing the offline result failed: the model's grade has nothing to replace. */
        void notStored(LiveMessage live, RuntimeException error) {
            if (live != null) {
                live.gradeLost();
            }
            stored.completeExceptionally(error);
        }

        private void finish(ModelGrade grade, LiveMessage live) {
            try {
                store.saveGrade(id, turn.index(), grade.grade(), grade.usage());
                logDisagreement(grade.grade());
                QuestionProgress question = reader.load(id).question(turn.question()).orElseThrow();
                live.grade(new GradeUpdate(turn.index(), grade.grade(), question.score()));
            } catch (RuntimeException e) {
                // The interview ended without waiting for it, or the store failed: the offline grade stands.
                LOG.warn("could not store the model grade of interview {} turn {}: {}", id, turn.index(),
                        e.toString());
                live.gradeLost();
            }
        }

        // Runs last, in every case, so whoever waits for the grades (the end of the interview) finds them settled.
        private void settle() {
            try {
                session.grades.settle(turn.index()).ifPresent(moved -> reader.load(id).question(moved.question())
                        .ifPresent(q -> schedule.record(q.cardId(), q.score(), moved.at())));
            } catch (RuntimeException e) {
                LOG.warn("could not record the review of interview {} turn {}: {}", id, turn.index(), e.toString());
            } finally {
                settled.complete(null);
            }
        }

        private void logDisagreement(Grade model) {
            if (decision.step() != Decision.Step.FOLLOW_UP || model.engine() != Engine.LLM) {
                return;
            }
            int target = decision.target().number();
            if (credit(model.covered(), target) >= COVERED && credit(offline.covered(), target) < COVERED) {
                CALIBRATION.info("interview {} turn {} card {}: the follow-up aims at key point {}, which the"
                        + " offline grade missed and the model's grade covers; offline {} {} covered {};"
                        + " model {} {} covered {}",
                        id, turn.index(), turn.cardId(), target, offline.score(), offline.band().label(),
                        numbers(offline.covered()), model.score(), model.band().label(), numbers(model.covered()));
            }
        }
    }

    private static double credit(List<CoveredPoint> covered, int number) {
        return covered.stream().filter(p -> p.number() == number).mapToDouble(CoveredPoint::credit).max().orElse(0);
    }

    private static List<Integer> numbers(List<CoveredPoint> covered) {
        return covered.stream().map(CoveredPoint::number).toList();
    }
}
