package dev.interviewer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.enrich.CardSuggestions.Placement;
import dev.interviewer.interview.phrasing.Pricing;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.Pitfall;
import dev.interviewer.testing.CardBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run of enrich against a fake model: back-off on 429, failures left for the next run, resuming, the plan. */
class EnricherTest {
    @TempDir
    Path data;

    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private ReviewQueue queue() {
        return new ReviewQueue(data.resolve("suggestions"));
    }

    private Enricher enricher(ReviewQueue queue, Function<Card, AnnotationModel.Drafted> answers) {
        AnnotationModel model = new AnnotationModel() {
            @Override
            public Drafted propose(Card card) {
                calls.incrementAndGet();
                return answers.apply(card);
            }

            @Override
            public String prompt(Card card) {
                return "system text\n" + card.reference();
            }
        };
        return new Enricher(model, new ProposalCheck(new Grounding(EnrichFixtures.sameVector())), queue, "m",
                Clock.systemUTC(), slept::add);
    }

    private static AnnotationModel.Drafted drafted() {
        return new AnnotationModel.Drafted(EnrichFixtures.proposal(), new TokenUsage(700, 300));
    }

    private static Card card(String id) {
        return CardBuilder.card("inference/" + id).file("inference.md").title(id).reference(EnrichFixtures.NOTE)
                .build();
    }

    @Test
    void rateLimitedCallsPauseLongerEachTimeThenGoThrough() throws Exception {
        AtomicInteger limited = new AtomicInteger(2);
        ReviewQueue queue = queue();
        Enricher.Summary summary = enricher(queue, c -> {
            if (limited.getAndDecrement() > 0) {
                throw new RateLimitedException("429", Duration.ZERO);
            }
            return drafted();
        }).run(List.of(card("a")), Placement.SIDECAR, 1, (done, total) -> { });

        assertThat(summary.failed()).isEmpty();
        assertThat(calls).hasValue(3);
        assertThat(slept).hasSize(2);
        assertThat(slept.get(0).toMillis()).isBetween(1500L, 2000L);
        assertThat(slept.get(1).toMillis()).isBetween(3500L, 4000L);
        assertThat(queue.find("inference/a")).get().satisfies(s -> {
            assertThat(s.usage()).isEqualTo(new TokenUsage(700, 300));
            assertThat(s.items()).isNotEmpty();
            assertThat(s.placement()).isEqualTo(Placement.SIDECAR);
        });
    }

    @Test
    void theEndpointsRetryAfterIsHonouredUpToAMinute() {
        assertThat(Enricher.backOff(0, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(Enricher.backOff(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(16));
        assertThat(Enricher.backOff(9, Duration.ZERO)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Enricher.backOff(0, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aCardThatFailsStaysOutOfTheQueueAndTheOthersGoOn() throws Exception {
        ReviewQueue queue = queue();
        Enricher.Summary summary = enricher(queue, c -> {
            if (c.id().endsWith("b")) {
                throw new InvalidProposalException("the reply was cut off at the token limit");
            }
            return drafted();
        }).run(List.of(card("a"), card("b"), card("c")), Placement.INLINE, 2, (done, total) -> { });

        assertThat(summary.enriched()).isEqualTo(2);
        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.cardId()).isEqualTo("inference/b");
            assertThat(f.reason()).isEqualTo("InvalidProposalException: the reply was cut off at the token limit");
        });
        assertThat(queue.contains("inference/b")).isFalse();
        assertThat(queue.all()).extracting(CardSuggestions::cardId).containsExactly("inference/a", "inference/c");
        assertThat(summary.usage()).isEqualTo(new TokenUsage(1400, 600));
    }

    @Test
    void aCardStillRateLimitedAfterSixTriesFails() throws Exception {
        Enricher.Summary summary = enricher(queue(), c -> {
            throw new RateLimitedException("429", Duration.ofSeconds(1));
        }).run(List.of(card("a")), Placement.SIDECAR, 1, (done, total) -> { });

        assertThat(calls).hasValue(Enricher.MAX_RATE_LIMITED);
        assertThat(summary.failed()).singleElement().satisfies(f -> assertThat(f.reason()).contains("429"));
    }

    @Test
    void aPlanSkipsQueuedAndWithOnlyMissingAnnotatedCardsAndEstimatesTheCost() throws Exception {
        ReviewQueue queue = queue();
        enricher(queue, c -> drafted()).run(List.of(card("a")), Placement.SIDECAR, 1, (done, total) -> { });
        Card annotated = CardBuilder.from(card("b")).pitfalls(List.of(new Pitfall("x", "y", ""))).build();
        KnowledgeBase kb = new KnowledgeBase(List.of(card("a"), annotated, card("c")), List.of());
        AnnotationModel prompts = new AnnotationModel() {
            @Override
            public Drafted propose(Card card) {
                throw new AssertionError("a plan calls nothing");
            }

            @Override
            public String prompt(Card card) {
                return "四个汉字" + "abcd".repeat(10);
            }
        };

        EnrichPlan all = EnrichPlan.of(kb, List.of(), false, queue, prompts, new Pricing(1.0, 2.0));
        assertThat(all.cards()).extracting(Card::id).containsExactly("inference/b", "inference/c");
        assertThat(all.queued()).isEqualTo(1);
        assertThat(all.promptTokens()).isEqualTo(2 * 14);
        assertThat(all.completionTokens()).isEqualTo(2 * EnrichPlan.COMPLETION_TOKENS_PER_CARD);
        assertThat(all.cost()).isEqualTo(new Pricing(1.0, 2.0).cost(28, 1200));

        EnrichPlan missing = EnrichPlan.of(kb, List.of(), true, queue, prompts, Pricing.NONE);
        assertThat(missing.cards()).extracting(Card::id).containsExactly("inference/c");
        assertThat(missing.annotated()).isEqualTo(1);
        assertThat(missing.cost()).isNull();

        assertThatThrownBy(() -> EnrichPlan.of(kb, List.of("inference/zzz"), false, queue, prompts, Pricing.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inference/zzz");
    }
}
