package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Glossary;
import org.junit.jupiter.api.Test;

class ChineseRenderingTest {
    private static final Glossary GLOSSARY = Glossary.parse("""
            supervised fine-tuning\t监督微调|有监督微调\tSFT
            latency\t延迟|时延\t
            perplexity\t\tPPL
            """);

    private static String render(String query) {
        return ChineseRendering.of(query, GLOSSARY.mentions(query));
    }

    @Test
    void theFirstChineseNameOfEachConceptIsAppendedOnce() {
        assertThat(render("Can supervised fine-tuning (SFT) teach new facts, and what about latency?"))
                .isEqualTo("Can supervised fine-tuning (SFT) teach new facts, and what about latency? 监督微调 延迟");
    }

    @Test
    void aQueryNamingNoConceptWithAChineseNameStaysAsItIs() {
        assertThat(render("What does perplexity measure?")).isEqualTo("What does perplexity measure?");
        assertThat(render("Why do models make up facts?")).isEqualTo("Why do models make up facts?");
    }
}
