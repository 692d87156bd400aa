package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.testing.CardBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English notes get the English model's vectors too, which understand English paraphrase better than bge. */
class EnglishNotesSearchTest {
    private static final Card HEADS = english("heads", "How are the outputs of multiple attention heads combined?",
            "Each head produces its own output vectors. They are concatenated along the feature dimension and "
                    + "multiplied by an output projection matrix W_O, which mixes the heads' information back into "
                    + "the model dimension.");
    private static final Card OOV = english("oov", "How do LLMs handle out-of-vocabulary words?",
            "Subword tokenizers such as BPE split an unseen word into known pieces, down to single bytes, so no "
                    + "input is ever out of vocabulary; the model sees the pieces and composes their meaning.");
    private static final Card GREEDY = english("greedy", "Explain greedy decoding and its main drawback.",
            "Greedy decoding picks the most probable token at every step. It is fast and deterministic but "
                    + "short-sighted: it can miss sequences whose total probability is higher, and it tends to "
                    + "repeat itself.");
    private static final Card CHINESE = CardBuilder.card("notes/kv-cache").file("notes.md").title("KV cache 的作用")
            .question("KV cache 为什么能加速推理？").reference("解码时把之前 token 的 key 和 value 缓存下来，新 token 只需计算自己的 "
                    + "query、key、value，避免重复计算。").build();
    private static CardIndex index;
    private static HybridSearch search;

    private static Card english(String id, String title, String reference) {
        return CardBuilder.card("notes/" + id).file("notes.md").title(title).question(title).reference(reference)
                .build();
    }

    @BeforeAll
    static void indexTheCards() {
        InProcessEmbedder bge = InProcessEmbedder.bge();
        InProcessEmbedder english = InProcessEmbedder.english();
        index = new CardIndex(bge, english, null);
        index.sync(List.of(HEADS, OOV, GREEDY, CHINESE), (d, t) -> { });
        search = new HybridSearch(index, bge, english);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String top(String query) {
        return search.search(SearchQuery.of(query, 3)).get(0).id();
    }

    @Test
    void onlyEnglishCardsGetTheEnglishModelsVectors() {
        assertThat(index.hasEnglishCards()).isTrue();
        assertThat(index.entry(HEADS.id()).english().isNone()).isFalse();
        assertThat(index.entry(CHINESE.id()).english().isNone()).isTrue();
    }

    @Test
    void findsEnglishCardsFromColloquialParaphrases() {
        assertThat(top("ok so every attention head spits out its own result, then what? do you just glue them "
                + "together?")).isEqualTo(HEADS.id());
        assertThat(top("why is always grabbing the single most likely token at each step a bad idea?"))
                .isEqualTo(GREEDY.id());
    }

    @Test
    void aChineseQuerysConceptsReachTheEnglishModel() {
        List<HybridSearch.Explained> found = search.explain(SearchQuery.of("贪心解码有什么缺点？", 3));

        assertThat(found.get(0).id()).isEqualTo(GREEDY.id());
        assertThat(found.get(0).english().cardRank()).as("in the English model's list").isEqualTo(1);
        assertThat(found).filteredOn(e -> e.id().equals(CHINESE.id()))
                .allSatisfy(e -> assertThat(e.english()).isEqualTo(Fusion.Dense.NONE));
    }

    @Test
    void chineseQueriesStillFindChineseCards() {
        assertThat(top("缓存 key 和 value 为什么能让推理变快")).isEqualTo(CHINESE.id());
    }
}
