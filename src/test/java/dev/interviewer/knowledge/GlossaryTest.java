package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private final Glossary glossary = Glossary.parse("""
            # en\tzh\tabbr
            feed-forward network|feedforward network\t前馈网络|前馈层\tFFN
            tensor parallelism|tensor parallel\t张量并行\tTP
            mixture of experts\t混合专家\tMoE
            """);

    @Test
    void namesInAnyLanguageSpellingOrPluralFindTheSameConcept() {
        String ffn = glossary.conceptIds("FFN").iterator().next();
        assertThat(glossary.conceptIds("the Feed Forward Networks of each block")).containsExactly(ffn);
        assertThat(glossary.conceptIds("前馈网络的作用是什么")).containsExactly(ffn);
        assertThat(glossary.conceptIds("混合专家和张量并行")).hasSize(2);
        assertThat(glossary.conceptIds("nothing here")).isEmpty();
    }

    @Test
    void twoLetterAbbreviationsMatchOnlyInCapitals() {
        assertThat(glossary.conceptIds("TP 切分 MLP")).hasSize(1);
        assertThat(glossary.conceptIds("tp is a typo")).isEmpty();
        assertThat(glossary.conceptIds("moe routing")).hasSize(1);
    }

    @Test
    void aNameThatReadsAsOneLetterNeverMatchesAVariable() {
        // "R²" is written as the word "r": it must not turn every "rank r" into the coefficient of determination.
        Glossary bundled = Glossary.bundled();
        assertThat(bundled.conceptIds("project down to a small rank r with a matrix A")).isEmpty();
        assertThat(bundled.conceptIds("决定系数 R² 衡量拟合优度")).hasSize(1);
    }

    @Test
    void aMentionKeepsTheNameAsWrittenInTheText() {
        assertThat(glossary.mentions("混合专家怎么训练")).singleElement()
                .satisfies(m -> assertThat(m.variant()).isEqualTo("混合专家"));
    }

    @Test
    void theBundledGlossaryHasHundredsOfCheckedConcepts() {
        Glossary bundled = Glossary.bundled();
        assertThat(bundled.size()).isGreaterThanOrEqualTo(400);
        assertThat(bundled.conceptIds("张量并行")).isEqualTo(bundled.conceptIds("tensor parallelism"));
        assertThat(bundled.conceptIds("思维链")).isEqualTo(bundled.conceptIds("CoT"));
        assertThat(bundled.conceptIds("参数高效微调")).isEqualTo(bundled.conceptIds("PEFT"));
    }

    @Test
    void aNotesFolderGlossaryExtendsTheBundledOneAndReportsBadLines(@TempDir Path notes) throws IOException {
        Files.writeString(notes.resolve(Glossary.FILE_NAME), "tensor parallelism\t\tTensorPar\nlonely\n",
                StandardCharsets.UTF_8);
        List<NoteProblem> problems = new ArrayList<>();
        Glossary own = Glossary.load(notes, problems);
        assertThat(own.conceptIds("TensorPar")).isEqualTo(own.conceptIds("张量并行")).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.isError()).isFalse();
        });
    }
}
