package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
    @Test
    void englishTextIsEnglishEvenWithAFewChineseWords() {
        assertThat(EnglishText.isEnglish("How are the outputs of multiple heads combined?")).isTrue();
        assertThat(EnglishText.isEnglish("Self-attention (自注意力) lets every token look at every other token in "
                + "the sequence, weighting them by learned similarity.")).isTrue();
    }

    @Test
    void chineseOrMixedTextIsNot() {
        assertThat(EnglishText.isEnglish("KV cache 占的显存太大了，工程上一般用哪些办法来缓解？")).isFalse();
        assertThat(EnglishText.isEnglish("什么是 LoRA")).isFalse();
        assertThat(EnglishText.isEnglish("自注意力的作用")).isFalse();
    }

    @Test
    void symbolsAndNumbersAloneAreNotEnglish() {
        assertThat(EnglishText.isEnglish("O(n^2)")).isFalse();
        assertThat(EnglishText.isEnglish("12 + 30 = 42")).isFalse();
    }
}
