package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompoundsTest {
    @Test
    void joinsWordsWrittenWithHyphensDotsOrUnderscores() {
        assertThat(Compounds.of("Pre-Norm 和 Post-Norm 的区别")).isEqualTo("prenorm postnorm");
        assertThat(Compounds.of("Dr. GRPO 去掉 std")).isEqualTo("drgrpo");
        assertThat(Compounds.of("DR.GRPO")).isEqualTo("drgrpo");
        assertThat(Compounds.of("loss_agg_mode")).isEqualTo("lossagg aggmode");
    }

    @Test
    void joinsSpacedWordsOnlyAfterAShortPrefix() {
        assertThat(Compounds.of("pre norm")).isEqualTo("prenorm");
        assertThat(Compounds.of("KV cache")).isEqualTo("kvcache");
        assertThat(Compounds.of("gradient accumulation")).isEmpty();
    }

    @Test
    void neverJoinsFunctionWordsSoSentencesStayAsTheyAre() {
        assertThat(Compounds.of("What is the difference between LayerNorm and RMSNorm?")).isEmpty();
        assertThat(Compounds.of("How does it work")).isEmpty();
    }

    @Test
    void withAppendsTheCompoundsToTheText() {
        assertThat(Compounds.with("Pre-Norm")).isEqualTo("Pre-Norm\nprenorm");
        assertThat(Compounds.with("梯度累积")).isEqualTo("梯度累积");
    }
}
