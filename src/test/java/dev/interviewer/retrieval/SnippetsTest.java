package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    private final Snippets snippets = new Snippets();

    @Test
    void boldsTheQueryTermsInTheBestPassage() {
        String snippet = snippets.snippet("梯度消失", "第一段讲别的。logits 过大使 softmax 饱和、梯度消失。", "fallback");
        assertThat(snippet).contains("**梯度消失**").startsWith("第一段");
    }

    @Test
    void neverBoldsInsideAFormula() {
        String text = "GRPO 去掉了 KL，目标为 $$\\mathcal{J}_{GRPO}=\\mathbb{E}[r]$$，GRPO 用组内均值。";
        String snippet = snippets.snippet("GRPO", text, "fallback");
        assertThat(snippet).contains("**GRPO**")
                .contains("\\mathcal{J}_{GRPO}").doesNotContain("{**GRPO**}");
    }

    @Test
    void fallsBackToTheStartOfTheReferenceWhenNothingMatches() {
        assertThat(snippets.snippet("zzz", "没有匹配的参考答案。", "fallback")).isEqualTo("没有匹配的参考答案。");
    }

    @Test
    void usesTheFallbackForACardWithoutReference() {
        assertThat(snippets.snippet("LoRA", "", "LoRA 的原理是什么？")).isEqualTo("LoRA 的原理是什么？");
    }

    @Test
    void tidyCutsAFormulaSplitAtEitherEnd() {
        assertThat(Snippets.tidy("{ref}}$。这部分惩罚进入优势")).isEqualTo("…。这部分惩罚进入优势");
        assertThat(Snippets.tidy("目标为 $$\\mathcal{J}=\\mathbb{E}")).isEqualTo("目标为 …");
        assertThat(Snippets.tidy("方差为 $d_k$，除以 $\\sqrt{d_k}$")).isEqualTo("方差为 $d_k$，除以 $\\sqrt{d_k}$");
    }
}
