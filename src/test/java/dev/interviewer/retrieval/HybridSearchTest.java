package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridSearchTest {
    private static final List<Card> CARDS = TestCards.sample();
    private static CardIndex index;
    private static HybridSearch search;

    @BeforeAll
    static void indexSampleCards() {
        InProcessEmbedder model = InProcessEmbedder.bge();
        index = new CardIndex(model);
        index.sync(CARDS, (d, t) -> { });
        search = new HybridSearch(index, model);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String top(String query) {
        return search.search(SearchQuery.of(query, 3)).get(0).id();
    }

    @Test
    void findsTheCardFromAChineseParaphrase() {
        assertThat(top("为什么注意力分数要做缩放")).isEqualTo(CARDS.get(0).id());
        assertThat(top("大 batch 显存不够怎么办，分多次反向传播再更新")).isEqualTo(CARDS.get(4).id());
    }

    @Test
    void findsTheCardFromAnEnglishQuery() {
        assertThat(top("why do we scale the dot product by sqrt of d_k")).isEqualTo(CARDS.get(0).id());
        assertThat(top("low-rank adapters for parameter efficient fine-tuning")).isEqualTo(CARDS.get(2).id());
    }

    @Test
    void findsTheCardFromColloquialShorthand() {
        assertThat(top("grpo kl能不能删")).isEqualTo(CARDS.get(1).id());
    }

    @Test
    void findsTheCardFromPinyinTypedWithoutAChineseInputMethod() {
        assertThat(top("tidu leiji zenme shixian")).isEqualTo(CARDS.get(4).id());
        assertThat(top("xuanzhuan weizhi bianma")).isEqualTo(CARDS.get(5).id());
    }

    @Test
    void findsTheCardFromAnAnswerFragment() {
        assertThat(top("把已经算过的 key 和 value 存下来，下一步解码就不用重新算了")).isEqualTo(CARDS.get(3).id());
    }

    @Test
    void scoresAreBetweenZeroAndOneAndSortedBestFirst() {
        List<SearchHit> hits = search.search(SearchQuery.of("位置编码", 6));
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void anOffTopicQueryScoresBelowTheMatchThresholdAndAnOnTopicOneAbove() {
        assertThat(search.search(SearchQuery.of("红烧肉怎么做才好吃", 1)).get(0).isMatch()).isFalse();
        assertThat(search.search(SearchQuery.of("LoRA 的原理", 1)).get(0).isMatch()).isTrue();
    }

    @Test
    void theTopicFilterKeepsOnlyCardsOfThatTopicOrTag() {
        List<SearchHit> byTopic = search.search(new SearchQuery("原理", 10, "Transformer 与注意力"));
        assertThat(byTopic).extracting(SearchHit::id).containsOnly(CARDS.get(0).id(), CARDS.get(5).id());
        List<SearchHit> byTag = search.search(new SearchQuery("原理", 10, "LoRA"));
        assertThat(byTag).extracting(SearchHit::id).containsExactly(CARDS.get(2).id());
        assertThat(search.search(new SearchQuery("原理", 10, "no-such-topic"))).isEmpty();
    }

    @Test
    void theSnippetComesFromTheReferenceWithTheMatchedTermsInBold() {
        SearchHit hit = search.search(SearchQuery.of("softmax 饱和", 1)).get(0);
        assertThat(hit.snippet()).contains("**softmax**").contains("**饱和**");
        assertThat(hit.source()).isEqualTo("transformer.md#Attention 为什么除以根号 d？");
        assertThat(hit.path()).containsExactly("Transformer 与注意力");
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(search.search(SearchQuery.of("  ", 5))).isEmpty();
    }

    @Test
    void aLongAnswerFragmentStaysWithinLucenesClauseLimit() {
        String answer = CARDS.stream().map(Card::reference).reduce("", String::concat).repeat(3);
        assertThat(search.search(SearchQuery.of(answer, 5))).isNotEmpty();
    }
}
