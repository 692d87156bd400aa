package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedKeyPointsTest {
    private static final String SHORT_NOTE = """
            # Attention

            ## Why scale the dot products in attention?

            Scaling keeps the attention logits in a useful range. Without it, large dot products push the softmax into \
            regions with tiny gradients. The scores are divided by the square root of the key dimension before the \
            softmax. This keeps training stable when the head dimension grows.
            """;

    private static final String LONG_NOTE = """
            # Serving

            ## What does continuous batching change?

            Continuous batching schedules requests at the level of single decoding iterations. A finished sequence \
            leaves the batch at once and a waiting request takes its slot. Static batching waits for the longest \
            sequence of the batch before admitting anyone. GPU utilisation therefore stays high under uneven output \
            lengths. Latency for new requests drops because they no longer queue behind a whole batch. The scheduler \
            must manage the KV cache memory of sequences that join and leave. Frameworks such as vLLM and TGI \
            implement it. Prefill and decode steps can be mixed in one iteration. Throughput gains of several times \
            are reported for chat workloads. Memory fragmentation limits how many sequences fit. Paged KV caches \
            reduce that fragmentation.
            """;

    @Test
    void everyClaimOfAShortSectionIsAKeyPointAndTheBestThreeAreCentral() {
        Card card = card(SHORT_NOTE, "Why scale the dot products in attention?");
        assertThat(card.keyPoints()).hasSize(4).extracting(KeyPoint::text)
                .contains("The scores are divided by the square root of the key dimension before the softmax.");
        assertThat(card.keyPoints()).filteredOn(KeyPoint::central).hasSize(3);
    }

    @Test
    void aLongSectionKeepsTheMostInformativeShareAndAnnotatedPointsAreAllCentral() {
        Card card = card(LONG_NOTE, "What does continuous batching change?");
        assertThat(card.keyPoints()).hasSizeBetween(5, KeyPointDeriver.MAX_POINTS).allMatch(KeyPoint::central);
        assertThat(new KeyPoint(1, "annotated", "", 1).central()).isTrue();
    }

    @Test
    void sentencesThatPointElsewhereAreNotKeyPoints() {
        Card card = card("""
                ## Rotary embeddings

                RoPE rotates query and key vectors by position-dependent angles. The dot product then depends on the \
                relative offset only. See also the section on ALiBi for another relative scheme. 详见附录中的推导。 For more \
                than a few thousand positions, the angles are rescaled.
                """, "Rotary embeddings");
        assertThat(card.keyPoints()).extracting(KeyPoint::text).hasSize(3)
                .noneMatch(t -> t.startsWith("See also") || t.startsWith("详见"))
                .anyMatch(t -> t.startsWith("For more than"));
    }

    @Test
    void aSentenceThatBreaksOffIntoAListIsNotAKeyPoint() {
        Card card = card("""
                ## Full fine-tuning

                Full fine-tuning updates every parameter of the model. It reaches the best task quality. However, its \
                major limitations include

                - high compute and storage cost for every fine-tuned copy
                - catastrophic forgetting of general knowledge
                """, "Full fine-tuning");
        assertThat(card.keyPoints()).extracting(KeyPoint::text).hasSize(4)
                .noneMatch(t -> t.endsWith("include")).contains("catastrophic forgetting of general knowledge");
        assertThat(card("""
                ## 位置编码

                位置编码的方式主要有

                - 绝对位置编码
                - 旋转位置编码（RoPE）
                """, "位置编码").keyPoints()).extracting(KeyPoint::text).hasSize(2).noneMatch(t -> t.endsWith("主要有"));
    }

    private static Card card(String markdown, String title) {
        List<Card> cards = new NoteParser().parse("note.md", markdown).cards();
        return cards.stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }
}
