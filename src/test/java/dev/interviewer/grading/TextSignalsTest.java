package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextSignalsTest {
    @Test
    void detectsTheLanguageOfMixedText() {
        assertThat(TextSignals.language("PPO 用 clip 限制 ratio 的变化幅度")).isEqualTo("zh");
        assertThat(TextSignals.language("PPO clips the ratio to keep the update small")).isEqualTo("en");
        assertThat(TextSignals.language("")).isEqualTo("zh");
    }

    @Test
    void negationIsAboutPredicatesNotAdjectives() {
        assertThat(TextSignals.negated("这不是为了减少计算量")).isTrue();
        assertThat(TextSignals.negated("It does not reduce computation")).isTrue();
        assertThat(TextSignals.negated("instead of adding an L2 term")).isTrue();
        assertThat(TextSignals.negated("训练不稳定，k3 无偏且非负")).isFalse();
        assertThat(TextSignals.negated("不是不需要")).isFalse();
    }

    @Test
    void opposites() {
        assertThat(TextSignals.opposes("代价是精度比 FP16 低", "BF16 的精度比 FP16 高")).isTrue();
        assertThat(TextSignals.opposes("PPO 是 on-policy 的", "PPO 是 off-policy 算法")).isTrue();
        assertThat(TextSignals.opposes("不需要 reference model", "需要单独的 reference model")).isTrue();
        assertThat(TextSignals.opposes("BF16 的精度比 FP16 高", "BF16 的精度比 FP16 高")).isFalse();
    }

    @Test
    void aListOfTermsIsNotAStatement() {
        assertThat(TextSignals.keywordList("方差、d_k、softmax、饱和、梯度", List.of("方差", "d_k", "softmax", "饱和", "梯度")))
                .isTrue();
        List<String> english = TextSignals.englishWords("Adam AdamW momentum second moment bias correction");
        assertThat(TextSignals.statement("Adam AdamW momentum second moment bias correction", english)).isFalse();
        assertThat(TextSignals.statement("RMSNorm 不减均值", List.of("rmsnorm", "不", "减", "均值"))).isTrue();
        assertThat(TextSignals.statement("It is cheaper", TextSignals.englishWords("It is cheaper"))).isTrue();
    }

    @Test
    void phrasesThatRelateOrJoinSeveralTermsAreStatementsBareTermsAreNot() {
        for (String phrases : List.of("variance of q.k equals d_k, softmax saturation for large logits",
                "scaled dot product, large logits saturate softmax", "vanishing softmax gradients",
                "点积方差为 d_k")) {
            List<String> words = TextSignals.englishWords(phrases);
            assertThat(TextSignals.keywordList(phrases, words)).as(phrases).isFalse();
            assertThat(TextSignals.statement(phrases, phrases.startsWith("点") ? List.of("点", "积", "方", "差", "为")
                    : words)).as(phrases).isTrue();
        }
        for (String terms : List.of("attention, softmax, sqrt, gradient", "attention mechanism, softmax function, "
                + "gradient flow", "softmax saturation")) {
            assertThat(TextSignals.statement(terms, TextSignals.englishWords(terms))).as(terms).isFalse();
        }
    }

    @Test
    void dontKnowInEitherLanguage() {
        assertThat(TextSignals.saysDontKnow("我不知道")).isTrue();
        assertThat(TextSignals.saysDontKnow("I don't know, sorry")).isTrue();
        assertThat(TextSignals.saysDontKnow("skip")).isTrue();
        assertThat(TextSignals.saysDontKnow("skip connections help gradients")).isFalse();
        assertThat(TextSignals.saysDontKnow("缩放不会改变计算量")).isFalse();
    }

    @Test
    void theFrameOfAClaimIsItsGrammarNotWhatItSays() {
        Set<String> terms = Set.of("w:是", "w:为了", "b:是为", "b:为了", "b:了防", "w:防止", "b:值溢", "w:溢出", "w:there",
                "w:overflow");
        List<String> words = List.of("除以", "根号", "是", "为了", "防止", "数值", "溢出", "d", "exp", "there", "overflow");

        assertThat(TextSignals.withoutFrame(terms, words))
                .containsExactlyInAnyOrder("b:了防", "w:防止", "b:值溢", "w:溢出", "w:overflow");
    }

    @Test
    void siblingNamesAreTheSameLettersWithAnotherNumber() {
        assertThat(TextSignals.names("k3 = (r-1) - log r，比 k1 好")).contains("k3", "k1", "log");
        assertThat(TextSignals.namesSibling(Set.of("k3"), Set.of("k1"))).isTrue();
        assertThat(TextSignals.namesSibling(Set.of("k3", "k1"), Set.of("k1"))).isFalse();
        assertThat(TextSignals.namesSibling(Set.of("stage1"), Set.of("zero-1"))).isFalse();
    }
}
