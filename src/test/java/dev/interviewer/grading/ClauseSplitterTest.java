package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.grading.ClauseSplitter.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    private static List<String> clauses(String text) {
        return ClauseSplitter.split(text, 60).stream().flatMap(s -> s.segments().stream())
                .flatMap(List::stream).toList();
    }

    @Test
    void splitsAtChineseAndEnglishSentenceAndClausePunctuation() {
        assertThat(clauses("方差变大，softmax 饱和。Gradients vanish; training is unstable! 对吗？"))
                .containsExactly("方差变大", "softmax 饱和", "Gradients vanish", "training is unstable", "对吗");
    }

    @Test
    void keepsDecimalsVersionsAndAbbreviationsWhole() {
        assertThat(clauses("ε 一般取 0.2，Qwen2.5-32B 上 Dr. GRPO 的效果更好。See e.g. DAPO."))
                .containsExactly("ε 一般取 0.2", "Qwen2.5-32B 上 Dr. GRPO 的效果更好", "See e.g. DAPO");
    }

    @Test
    void aContrastStartsANewSegmentSoANegationStaysOnItsOwnPart() {
        List<Sentence> sentences = ClauseSplitter.split("除以根号 d 不是为了减少计算量而是为了控制方差。", 60);
        assertThat(sentences).singleElement().extracting(Sentence::segments)
                .isEqualTo(List.of(List.of("除以根号 d 不是为了减少计算量"), List.of("而是为了控制方差")));
    }

    @Test
    void dropsListNumberingAndRepeatedClauses() {
        assertThat(clauses("1. 保留通用数据\n2) 增量学习\n- 保留通用数据\n（3）数据重采样"))
                .containsExactly("保留通用数据", "增量学习", "数据重采样");
    }

    @Test
    void stopsAtTheClauseBudget() {
        assertThat(clauses("一个，两个，三个，四个，五个")).hasSize(5);
        assertThat(ClauseSplitter.split("一个，两个，三个。四个，五个。", 3).stream()
                .mapToLong(s -> s.segments().stream().mapToLong(List::size).sum()).sum()).isEqualTo(3);
    }
}
