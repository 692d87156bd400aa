package dev.interviewer.interview.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void aCueIsAGlossaryTermAsThePointWritesIt() {
        String point = "on-policy 指行为策略与目标策略相同，用当前策略自己的数据更新";

        assertThat(Cues.pick(point, "什么是 on-policy 和 off-policy？PPO 属于哪一类？")).isEqualTo("行为策略");
    }

    @Test
    void technologyNamesAreCuesAndWordsAlreadySaidAreSkipped() {
        assertThat(Cues.pick("RMSNorm is cheaper, reported 7%-64% faster", "")).isEqualTo("RMSNorm");
        String point = "logits 过大使 softmax 接近 one-hot、梯度趋于零";
        assertThat(Cues.pick(point, "")).isEqualTo("softmax");
        assertThat(Cues.pick(point, "我提到了 softmax")).isNotEqualTo("softmax").isNotEmpty();
    }

    @Test
    void wordsCutFromAPointThatAreNotNamesOfThingsAreNeverCues() {
        // The follow-up that read "How would you look at this from the angle of independent?".
        String point = "with independent zero-mean unit-variance components, the dot product has variance d_k";

        assertThat(Cues.terms(point)).doesNotContain("independent", "with", "components").contains("dot product");
        assertThat(Cues.pick("the result is better token efficiency without losing accuracy", "token"))
                .doesNotContain("result").doesNotContain("better");
    }

    @Test
    void noCueWhenEverythingWasAlreadySaid() {
        assertThat(Cues.pick("梯度", "梯度")).isEmpty();
        assertThat(Cues.pick("it needs online sampling", "")).isEmpty();
    }
}
