package dev.interviewer.interview;

import dev.interviewer.grading.Grader;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.phrasing.Interviewer;
import dev.interviewer.interview.phrasing.Pricing;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.interview.voice.Recordings;
import dev.interviewer.knowledge.KnowledgeBase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Builds the service; the knowledge base, grader and store are required, the rest has defaults. */
public final class InterviewServiceBuilder {
    // Read by the service's constructor, which wires its parts from them (the builder of a facade in its own file).
    final Supplier<KnowledgeBase> knowledge;
    final Grader grader;
    final InterviewStore store;
    ReviewSchedule schedule = ReviewSchedule.none();
    Interviewer interviewer = Interviewer.OFFLINE;
    Clock clock = Clock.systemUTC();
    LongSupplier seeds = new SecureRandom()::nextLong;
    ModelGrader modelGrader;
    Duration modelWait = Duration.ZERO;
    Pricing pricing = Pricing.NONE;
    Recordings recordings = Recordings.NONE;
    TargetService targets;

    InterviewServiceBuilder(Supplier<KnowledgeBase> knowledge, Grader grader, InterviewStore store) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.grader = Objects.requireNonNull(grader, "grader");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A model that grades beside the phrasing of the next message; its grade replaces the offline grader's when
     * it arrives. {@code wait}: how long the end of an interview waits for grades still on their way (the
     * model's own timeout and a little more).
     */
    public InterviewServiceBuilder modelGrader(ModelGrader value, Duration wait) {
        this.modelGrader = Objects.requireNonNull(value, "modelGrader");
        this.modelWait = Objects.requireNonNull(wait, "wait");
        return this;
    }

    /** The model's prices, for the cost estimate in reports. */
    public InterviewServiceBuilder pricing(Pricing value) {
        this.pricing = Objects.requireNonNull(value, "pricing");
        return this;
    }

    public InterviewServiceBuilder schedule(ReviewSchedule value) {
        this.schedule = Objects.requireNonNull(value, "schedule");
        return this;
    }

    /** Who phrases the messages; {@link Interviewer#OFFLINE} (the default) uses the offline drafts. */
    public InterviewServiceBuilder interviewer(Interviewer value) {
        this.interviewer = Objects.requireNonNull(value, "interviewer");
        return this;
    }

    public InterviewServiceBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** Where each interview's phrasing seed comes from; tests pass a fixed one. */
    public InterviewServiceBuilder seeds(LongSupplier value) {
        this.seeds = Objects.requireNonNull(value, "seeds");
        return this;
    }

    /** Where recordings the candidate chose to keep are; they are deleted with their interview. */
    public InterviewServiceBuilder recordings(Recordings value) {
        this.recordings = Objects.requireNonNull(value, "recordings");
        return this;
    }

    /** Maps targets (job descriptions, résumés) onto the notes, for targeted interviews; none by default. */
    public InterviewServiceBuilder targets(TargetService value) {
        this.targets = Objects.requireNonNull(value, "targets");
        return this;
    }

    public InterviewService build() {
        return new InterviewService(this);
    }
}
