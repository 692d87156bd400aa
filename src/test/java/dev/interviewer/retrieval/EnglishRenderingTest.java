package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Glossary;
import org.junit.jupiter.api.Test;

class EnglishRenderingTest {
    private static final Glossary GLOSSARY = Glossary.parse("""
            self-attention|self attention\t自注意力|自注意力机制\t
            generative pre-trained transformer\t生成式预训练Transformer\tGPT
            latency\t延迟|时延\t
            """);

    private static String render(String query) {
        return EnglishRendering.of(query, GLOSSARY.mentions(query));
    }

    @Test
    void chineseConceptNamesBecomeTheirEnglishNamesInOrder() {
        assertThat(render("自注意力的延迟为什么高？")).isEqualTo("self-attention latency");
    }

    @Test
    void latinWordsStayAsWrittenOnceEach() {
        assertThat(render("GPT 和 BERT 的训练方式有什么区别？GPT 呢？")).isEqualTo("GPT BERT");
        assertThat(render("Transformer 里的自注意力")).isEqualTo("self-attention Transformer");
    }

    @Test
    void aQueryWithoutConceptsOrLatinWordsHasNoRendering() {
        assertThat(render("这个方法有哪些好处和短板？")).isEmpty();
    }
}
