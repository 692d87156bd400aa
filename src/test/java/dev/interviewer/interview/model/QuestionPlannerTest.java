package dev.interviewer.interview.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.knowledge.Card;
import dev.interviewer.testing.InMemoryReviewSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionPlannerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private final List<Card> cards = Fixtures.sixCards().answerableCards();
    private final QuestionPlanner planner = new QuestionPlanner(ReviewSchedule.none(), CLOCK);

    private static InterviewConfig config(List<String> topics, int questions, int level, InterviewMode mode) {
        return new InterviewConfig(topics, questions, level, "zh", 2, mode);
    }

    @Test
    void neverRepeatsACardAndStopsAtTheCardsThereAre() {
        List<Card> plan = planner.plan(cards, config(List.of(), 20, 0, InterviewMode.INTERVIEW), new Random(1));

        assertThat(plan).hasSize(cards.size()).doesNotHaveDuplicates();
    }

    @Test
    void spreadsTheFirstQuestionsOverTopics() {
        for (long seed = 0; seed < 20; seed++) {
            List<Card> plan = planner.plan(cards, config(List.of(), 4, 0, InterviewMode.INTERVIEW),
                    new Random(seed));
            // Four topics, four questions: one from each.
            assertThat(plan.stream().map(Card::topic).collect(Collectors.toSet())).hasSize(4);
        }
    }

    @Test
    void ordersTheChosenQuestionsFromBasicToAdvanced() {
        List<Card> plan = planner.plan(cards, config(List.of(), 6, 0, InterviewMode.INTERVIEW), new Random(3));

        assertThat(plan).extracting(Card::level).isSorted();
    }

    @Test
    void variesWithTheSeedAndRepeatsWithTheSameSeed() {
        InterviewConfig three = config(List.of(), 3, 0, InterviewMode.INTERVIEW);
        assertThat(planner.plan(cards, three, new Random(7))).isEqualTo(planner.plan(cards, three, new Random(7)));
        assertThat(java.util.stream.LongStream.range(0, 10)
                .mapToObj(s -> planner.plan(cards, three, new Random(s))).distinct().count()).isGreaterThan(1);
    }

    @Test
    void takesTopicsByHeadingTagOrFileIgnoringCaseAndPunctuation() {
        assertThat(planner.plan(cards, config(List.of("rlhf"), 5, 0, InterviewMode.INTERVIEW), new Random(1)))
                .extracting(Card::topic).containsOnly("RLHF").hasSize(2);
        assertThat(planner.plan(cards, config(List.of("Finetuning-Tag"), 5, 0, InterviewMode.INTERVIEW),
                new Random(1))).extracting(Card::topic).containsOnly("Finetuning");
        assertThat(planner.plan(cards, config(List.of("inference.md", "attention"), 5, 0,
                InterviewMode.INTERVIEW), new Random(1))).extracting(Card::topic)
                .containsExactlyInAnyOrder("Inference", "Transformer");
    }

    @Test
    void namesTheAvailableTopicsWhenNothingMatches() {
        assertThatThrownBy(() -> planner.plan(cards, config(List.of("quantum"), 3, 0, InterviewMode.INTERVIEW),
                new Random(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantum").hasMessageContaining("RLHF").hasMessageContaining("Inference");
    }

    @Test
    void prefersTheChosenLevelThenTheNearestOnes() {
        List<Card> level3 = planner.plan(cards, config(List.of(), 1, 3, InterviewMode.INTERVIEW), new Random(1));
        assertThat(level3).extracting(Card::level).containsExactly(3);

        List<Card> three = planner.plan(cards, config(List.of(), 3, 3, InterviewMode.INTERVIEW), new Random(1));
        assertThat(three).extracting(Card::level).doesNotContain(1);
    }

    @Test
    void drillServesDueCardsFirstThenFillsUp() {
        InMemoryReviewSchedule schedule = new InMemoryReviewSchedule();
        schedule.record("rlhf/dpo", 2.0, CLOCK.instant().minusSeconds(60));
        schedule.record("inference/kv", 4.0, CLOCK.instant().minusSeconds(60));
        schedule.record("finetuning/lora", 9.5, CLOCK.instant().minusSeconds(60));
        QuestionPlanner drill = new QuestionPlanner(schedule, CLOCK);

        List<Card> plan = drill.plan(cards, config(List.of(), 4, 0, InterviewMode.DRILL), new Random(1));

        assertThat(plan).extracting(Card::id).startsWith("rlhf/dpo", "inference/kv").hasSize(4)
                .doesNotHaveDuplicates();
        assertThat(drill.plan(cards, config(List.of(), 4, 0, InterviewMode.INTERVIEW), new Random(1)))
                .extracting(Card::id).isNotEqualTo(plan.stream().map(Card::id).toList());
    }

    @Test
    void refusesNotesWithoutAnythingToAsk() {
        assertThatThrownBy(() -> planner.plan(List.of(), InterviewConfig.defaults(), new Random(1)))
                .hasMessageContaining("no card");
    }
}
