package dev.interviewer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardContentRetrieverTest {
    private static final Card LORA = new Card("ft/lora", "ft.md", 3, List.of("微调"), "LoRA", "LoRA 的原理是什么？",
            "", "冻结原权重，只训练低秩矩阵 A 和 B。", List.of(), List.of(), List.of(), 1, List.of(), List.of());
    private static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(LORA), List.of());

    private final CardContentRetriever retriever = new CardContentRetriever(query -> List.of(
            new SearchHit("ft/lora", "LoRA", List.of("微调"), "ft.md#LoRA", 0.72, "**低秩**"),
            new SearchHit("ft/gone", "Gone", List.of(), "ft.md#Gone", 0.5, "only the snippet"),
            new SearchHit("ft/weak", "Weak", List.of(), "ft.md#Weak", 0.1, "weak")), () -> KNOWLEDGE);

    @Test
    void turnsMatchingCardsIntoContentsWithTheFullReferenceAndMetadata() {
        List<Content> contents = retriever.retrieve(Query.from("lora 原理"));
        assertThat(contents).hasSize(2);
        Content lora = contents.get(0);
        assertThat(lora.textSegment().text()).contains("# LoRA", "ft.md#LoRA", "冻结原权重，只训练低秩矩阵 A 和 B。");
        assertThat(lora.textSegment().metadata().getString(CardContentRetriever.CARD_ID)).isEqualTo("ft/lora");
        assertThat(lora.textSegment().metadata().getString(CardContentRetriever.SOURCE)).isEqualTo("ft.md#LoRA");
        assertThat(lora.metadata().get(ContentMetadata.SCORE)).isEqualTo(0.72);
        assertThat(contents.get(1).textSegment().text()).as("card no longer loaded: the snippet stands in")
                .contains("only the snippet");
    }

    @Test
    void leavesOutHitsBelowTheMatchThreshold() {
        assertThat(retriever.retrieve(Query.from("lora"))).extracting(c -> c.textSegment().text())
                .noneMatch(text -> text.contains("Weak"));
    }

    @Test
    void asksTheSearchForAtMostMaxResultsCards() {
        List<SearchQuery> asked = new ArrayList<>();
        new CardContentRetriever(query -> {
            asked.add(query);
            return List.of();
        }, () -> KNOWLEDGE, 2, 0.0).retrieve(Query.from("kv cache"));
        assertThat(asked).containsExactly(SearchQuery.of("kv cache", 2));
    }
}
