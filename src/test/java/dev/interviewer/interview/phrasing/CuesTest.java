package dev.interviewer.interview.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void chineseCuesAreWholeWordsNotFragmentsAcrossWordBoundaries() {
        String point = "on-policy 指行为策略与目标策略相同，用当前策略自己的数据更新";
        String cue = Cues.pick(point, "什么是 on-policy 和 off-policy？PPO 属于哪一类？");
        assertThat(cue).isEqualTo("行为策略");
        assertThat(Cues.terms(point)).doesNotContain("指行");
    }

    @Test
    void technicalEnglishTermsComeFirstAndWordsAlreadySaidAreSkipped() {
        String point = "logits 过大使 softmax 接近 one-hot、梯度趋于零";
        assertThat(Cues.pick(point, "")).isEqualTo("logits");
        assertThat(Cues.pick(point, "我提到了 logits")).isEqualTo("softmax");
    }

    @Test
    void judgementsAreWeakerCuesThanNamesOfThings() {
        assertThat(Cues.pick("过大的显存占用", "")).isEqualTo("显存");
        assertThat(Cues.terms("点积的方差随维度线性增长")).startsWith("点积", "方差", "维度");
    }

    @Test
    void noCueWhenEverythingWasAlreadySaid() {
        assertThat(Cues.pick("梯度", "梯度")).isEmpty();
    }
}
