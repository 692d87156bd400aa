package dev.interviewer.enrich;

import dev.interviewer.enrich.CardSuggestions.Placement;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.Card;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the model for annotations of each card, checks them against the note ({@link ProposalCheck}) and puts them in
 * the review queue, a few cards at a time. When the endpoint says "too many requests", every worker pauses (as
 * long as it asked, or longer each time) and the card is tried again. A card whose call fails is left out of the
 * queue, so the next run tries it again; a card in the queue is done, so a stopped run resumes where it was.
 */
public final class Enricher {
    static final int MAX_RATE_LIMITED = 6;
    static final Duration FIRST_BACK_OFF = Duration.ofSeconds(2);
    static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);
    private static final int MAX_REASON_CHARS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Enricher.class);

    private final AnnotationModel model;
    private final ProposalCheck check;
    private final ReviewQueue queue;
    private final String modelName;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicLong pausedUntil = new AtomicLong();

    /** Waits; tests pass one that does not. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told after each card, with how many are done out of all. */
    public interface Progress {
        void progress(int done, int total);
    }

    public Enricher(AnnotationModel model, ProposalCheck check, ReviewQueue queue, String modelName, Clock clock,
            Sleeper sleeper) {
        this.model = Objects.requireNonNull(model, "model");
        this.check = Objects.requireNonNull(check, "check");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.modelName = modelName == null ? "" : modelName;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A card that got no suggestions, and why. */
    public record Failure(String cardId, String reason) {
    }

    /** What a run did. */
    public record Summary(int enriched, int suggestions, int rejected, List<Failure> failed, TokenUsage usage) {
        public Summary {
            failed = List.copyOf(failed);
        }
    }

    /** Enriches the cards, {@code parallel} at a time; accepted items will go to {@code placement}. */
    public Summary run(List<Card> cards, Placement placement, int parallel, Progress progress)
            throws InterruptedException {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be >= 1: " + parallel);
        }
        List<Failure> failed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger suggestions = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicLong input = new AtomicLong();
        AtomicLong output = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, cards.size())));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Card card : cards) {
                running.add(workers.submit(() -> {
                    try {
                        CardSuggestions s = enrich(card, placement);
                        suggestions.addAndGet(s.items().size());
                        rejected.addAndGet(s.rejected().size());
                        input.addAndGet(s.usage().input());
                        output.addAndGet(s.usage().output());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failed.add(new Failure(card.id(), "interrupted"));
                    } catch (RuntimeException e) {
                        LOG.debug("enrich failed for {}", card.id(), e);
                        failed.add(new Failure(card.id(), describe(e)));
                    }
                    progress.progress(done.incrementAndGet(), cards.size());
                    return null;
                }));
            }
            for (Future<?> f : running) {
                await(f);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Summary(cards.size() - failed.size(), suggestions.get(), rejected.get(), failed,
                new TokenUsage(input.get(), output.get()));
    }

    /** One card: the model's proposal (after any rate-limit pauses), checked, queued. */
    CardSuggestions enrich(Card card, Placement placement) throws InterruptedException {
        AnnotationModel.Drafted drafted = proposeWithBackOff(card);
        ProposalCheck.Checked checked = check.check(card, drafted.proposal());
        CardSuggestions suggestions = new CardSuggestions(card.id(), card.file(), card.title(), placement,
                clock.instant(), modelName, checked.items(), checked.rejected(), drafted.usage(), "");
        queue.save(suggestions);
        return suggestions;
    }

    private AnnotationModel.Drafted proposeWithBackOff(Card card) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            waitOutPause();
            try {
                return model.propose(card);
            } catch (RateLimitedException e) {
                if (attempt + 1 >= MAX_RATE_LIMITED) {
                    throw e;
                }
                Duration wait = backOff(attempt, e.retryAfter());
                LOG.info("the endpoint is rate limiting; pausing {} s before {}", wait.toSeconds(), card.id());
                pausedUntil.accumulateAndGet(System.nanoTime() + wait.toNanos(), Math::max);
            }
        }
    }

    private void waitOutPause() throws InterruptedException {
        long left = pausedUntil.get() - System.nanoTime();
        if (left > 0) {
            sleeper.sleep(Duration.ofNanos(left));
        }
    }

    /** What the endpoint asked for, or 2, 4, 8, ... seconds; at most a minute. */
    static Duration backOff(int attempt, Duration asked) {
        if (!asked.isZero() && !asked.isNegative()) {
            return asked.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : asked;
        }
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << Math.min(attempt, 10));
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_REASON_CHARS) {
            message = message.substring(0, MAX_REASON_CHARS) + "…";
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static void await(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("enrich worker failed", e.getCause());
        }
    }
}
