package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.CardChoice.Which;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.CardBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardChoiceTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    /** A schedule that answers with fixed lists and remembers when it was asked. */
    private static final class FixedSchedule implements ReviewSchedule {
        final List<Instant> asked = new ArrayList<>();

        @Override
        public List<String> due(Instant now, int limit) {
            throw new AssertionError("not used by exports");
        }

        @Override
        public void record(String cardId, double score, Instant at) {
            throw new AssertionError("not used by exports");
        }

        @Override
        public List<String> weak(Instant now) {
            asked.add(now);
            return List.of("finetuning/lora", "gone/card", "rlhf/ppo", "rlhf/no-reference");
        }

        @Override
        public List<String> dueNow(Instant now) {
            asked.add(now);
            return List.of("rlhf/dpo");
        }
    }

    private final KnowledgeBase notes = Fixtures.knowledge(Fixtures.card("lora", "Finetuning", 1, 1),
            Fixtures.card("ppo", "RLHF", 2, 1), Fixtures.card("dpo", "RLHF", 2, 1),
            noReference("rlhf/no-reference"));
    private final FixedSchedule schedule = new FixedSchedule();
    private final CardChoice choice = new CardChoice(() -> notes, () -> schedule, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void weakCardsComeInTheSchedulesOrderAndThoseNoLongerAnswerableAreCounted() {
        CardChoice.Chosen weak = choice.choose(Which.WEAK, List.of());

        assertThat(weak.cards()).extracting(Card::id).containsExactly("finetuning/lora", "rlhf/ppo");
        assertThat(weak.gone()).isEqualTo(2);
        assertThat(schedule.asked).containsExactly(NOW);
    }

    @Test
    void topicsNarrowEveryChoice() {
        assertThat(choice.choose(Which.WEAK, List.of("rlhf")).cards()).extracting(Card::id)
                .containsExactly("rlhf/ppo");
        assertThat(choice.choose(Which.DUE, List.of("rlhf")).cards()).extracting(Card::id)
                .containsExactly("rlhf/dpo");
        assertThat(choice.choose(Which.DUE, List.of("finetuning")).cards()).isEmpty();
        assertThat(choice.choose(Which.ALL, List.of("rlhf")).cards()).extracting(Card::id)
                .containsExactly("rlhf/ppo", "rlhf/dpo");
    }

    @Test
    void allNeedsNoHistory() {
        CardChoice withoutStore = new CardChoice(() -> notes, () -> {
            throw new AssertionError("the store must not be opened for 'all'");
        }, Clock.systemUTC());

        assertThat(withoutStore.choose(Which.ALL, List.of()).cards()).hasSize(3);
    }

    @Test
    void parsesTheSelectionsByName() {
        assertThat(Which.parse(" Weak ")).isEqualTo(Which.WEAK);
        assertThat(Which.parse("due").label()).isEqualTo("due");
        assertThatThrownBy(() -> Which.parse("often")).hasMessage("select must be all, weak or due: often");
    }

    private static Card noReference(String id) {
        return CardBuilder.card(id).file("rlhf.md").path(List.of("RLHF")).title("empty").question("empty?")
                .reference("").build();
    }
}
