package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardIndexTest {
    private final FakeEmbedder model = new FakeEmbedder();

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void shouldIndexEveryCardOnTheFirstSync() {
        try (CardIndex index = new CardIndex(model)) {
            List<int[]> progress = new ArrayList<>();
            CardIndex.SyncResult result = index.sync(TestCards.sample(), (done, total) -> progress.add(
                    new int[] {done, total}));
            assertThat(result).isEqualTo(new CardIndex.SyncResult(6, 0, 0, 0));
            assertThat(index.size()).isEqualTo(6);
            assertThat(progress.get(progress.size() - 1)).containsExactly(6, 6);
        }
    }

    @Test
    void shouldEmbedNothingWhenNothingChanged() {
        try (CardIndex index = new CardIndex(model)) {
            index.sync(TestCards.sample(), (d, t) -> { });
            int calls = model.calls();
            CardIndex.SyncResult again = index.sync(TestCards.sample(), (d, t) -> { });
            assertThat(again).isEqualTo(new CardIndex.SyncResult(0, 0, 0, 6));
            assertThat(model.calls()).isEqualTo(calls);
        }
    }

    @Test
    void shouldReindexOnlyTheChangedCard() {
        try (CardIndex index = new CardIndex(model)) {
            List<Card> cards = new ArrayList<>(TestCards.sample());
            index.sync(cards, (d, t) -> { });
            Card kv = cards.get(3);
            cards.set(3, TestCards.withReference(kv, kv.reference() + " PagedAttention 按页管理显存。"));
            int calls = model.calls();
            CardIndex.SyncResult result = index.sync(cards, (d, t) -> { });
            assertThat(result).isEqualTo(new CardIndex.SyncResult(0, 1, 0, 5));
            // The summary vector of the card changed; its passages (title, key points) are embedded again.
            assertThat(model.calls() - calls).isBetween(1, 1 + CardText.passages(kv).size());
            HybridSearch search = new HybridSearch(index, model);
            assertThat(ids(search.search(SearchQuery.of("PagedAttention", 1)))).containsExactly(kv.id());
        }
    }

    @Test
    void shouldDeleteRemovedCardsWithAllTheirPassages() {
        try (CardIndex index = new CardIndex(model)) {
            List<Card> cards = new ArrayList<>(TestCards.sample());
            index.sync(cards, (d, t) -> { });
            Card lora = cards.remove(2);
            assertThat(index.sync(cards, (d, t) -> { }).removed()).isEqualTo(1);
            assertThat(index.contains(lora.id())).isFalse();
            HybridSearch search = new HybridSearch(index, model);
            assertThat(ids(search.search(SearchQuery.of("LoRA 低秩矩阵", 10)))).doesNotContain(lora.id());
        }
    }

    @Test
    void shouldIndexACardIdOnlyOnceWhenTwoCardsShareIt() {
        try (CardIndex index = new CardIndex(model)) {
            Card card = TestCards.sample().get(0);
            index.sync(List.of(card, TestCards.withReference(card, "另一段")), (d, t) -> { });
            HybridSearch search = new HybridSearch(index, model);
            assertThat(ids(search.search(SearchQuery.of("softmax 饱和", 10)))).containsExactly(card.id());
        }
    }
}
