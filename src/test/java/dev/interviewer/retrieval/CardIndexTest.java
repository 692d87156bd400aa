package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aRestartFromTheSnapshotWithUnchangedCardsAnalysesAndEmbedsNothing(@TempDir Path data) {
        try (CachedEmbedder cache = new CachedEmbedder(model, data.resolve("embeddings"));
             CardIndex index = new CardIndex(cache, data.resolve("index"))) {
            index.sync(TestCards.sample(), (d, t) -> { });
        }
        try (CachedEmbedder cache = new CachedEmbedder(model, data.resolve("embeddings"));
             CardIndex index = new CardIndex(cache, data.resolve("index"))) {
            List<int[]> progress = new ArrayList<>();
            CardIndex.SyncResult result = index.sync(TestCards.sample(), (d, t) -> progress.add(new int[] {d, t}));
            assertThat(result).isEqualTo(new CardIndex.SyncResult(0, 0, 0, 6));
            assertThat(cache.computedCount()).isZero();
            assertThat(progress).allSatisfy(p -> assertThat(p).containsExactly(0, 0));
            HybridSearch search = new HybridSearch(index, cache);
            assertThat(ids(search.search(SearchQuery.of("LoRA 低秩矩阵", 1))))
                    .containsExactly(TestCards.sample().get(2).id());
        }
    }

    @Test
    void aRestartReindexesTheCardsChangedAndDeletesTheCardsRemovedMeanwhile(@TempDir Path data) {
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            index.sync(TestCards.sample(), (d, t) -> { });
        }
        List<Card> cards = new ArrayList<>(TestCards.sample());
        Card lora = cards.remove(2);
        Card kv = cards.get(2);
        cards.set(2, TestCards.withReference(kv, kv.reference() + " PagedAttention 按页管理显存。"));
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            assertThat(index.sync(cards, (d, t) -> { })).isEqualTo(new CardIndex.SyncResult(0, 1, 1, 4));
            HybridSearch search = new HybridSearch(index, model);
            assertThat(ids(search.search(SearchQuery.of("PagedAttention", 1)))).containsExactly(kv.id());
            assertThat(ids(search.search(SearchQuery.of("LoRA 低秩矩阵", 10)))).doesNotContain(lora.id());
            assertThat(index.size()).isEqualTo(5);
        }
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            assertThat(index.sync(cards, (d, t) -> { })).isEqualTo(new CardIndex.SyncResult(0, 0, 0, 5));
        }
    }

    @Test
    void aSnapshotOfAnotherEmbeddingModelIsIgnored(@TempDir Path data) {
        try (CardIndex index = new CardIndex(new FakeEmbedder("model-a"), data.resolve("index"))) {
            index.sync(TestCards.sample(), (d, t) -> { });
        }
        try (CardIndex index = new CardIndex(new FakeEmbedder("model-b"), data.resolve("index"))) {
            assertThat(index.sync(TestCards.sample(), (d, t) -> { }).added()).isEqualTo(6);
        }
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndRebuilt(@TempDir Path data) throws IOException {
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            index.sync(TestCards.sample(), (d, t) -> { });
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            assertThat(index.sync(TestCards.sample(), (d, t) -> { }).added()).isEqualTo(6);
        }
        try (CardIndex index = new CardIndex(model, data.resolve("index"))) {
            assertThat(index.sync(TestCards.sample(), (d, t) -> { }).unchanged()).isEqualTo(6);
        }
    }
}
