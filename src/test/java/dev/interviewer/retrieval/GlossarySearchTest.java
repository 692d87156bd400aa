package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries in one language or spelling find notes written in another, through the bundled glossary. */
class GlossarySearchTest {
    private static final List<Card> CARDS = List.of(
            TestCards.card("llm.md", "LLM", "FFN的作用？", "Transformer 每层注意力之后的两层 MLP，逐位置变换特征。",
                    List.of()),
            TestCards.card("llm.md", "LLM", "MoE", "Sparse expert layers: a router picks the top-k experts per token.",
                    List.of()),
            TestCards.card("llm.md", "LLM", "张量并行", "把一个矩阵乘按列或按行切到多张卡上，再用 all-reduce 合并结果。",
                    List.of()),
            TestCards.card("llm.md", "LLM", "Dropout", "Randomly zeroes activations during training to regularize.",
                    List.of()));
    private static CardIndex index;
    private static HybridSearch search;

    @BeforeAll
    static void indexCards() {
        InProcessEmbedder model = InProcessEmbedder.bge();
        index = new CardIndex(model);
        index.sync(CARDS, Glossary.bundled(), (d, t) -> { });
        search = new HybridSearch(index, model);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String top(String query) {
        return search.search(SearchQuery.of(query, 3)).get(0).title();
    }

    @Test
    void aQueryFindsTheNoteThatNamesTheSameConceptInAnotherLanguage() {
        assertThat(top("What does the feed-forward network do in a transformer block?")).isEqualTo("FFN的作用？");
        assertThat(top("混合专家模型的路由是怎么选专家的")).isEqualTo("MoE");
        assertThat(top("how does tensor parallelism split a matmul")).isEqualTo("张量并行");
    }
}
