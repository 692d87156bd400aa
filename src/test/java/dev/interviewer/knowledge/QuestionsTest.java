package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "为什么需要 Server 来完成 rollout?|为什么需要 Server 来完成 rollout?",
        "reward hacking如何解决|reward hacking如何解决",
        "FP16 和 BF16 的区别|FP16 和 BF16 的区别",
        "overthinking 怎么解决|overthinking 怎么解决",
        "SFT 能注入知识吗|SFT 能注入知识吗",
        "What is DPO|What is DPO",
        "How does RoPE work|How does RoPE work",
        "Flash Attention|请讲讲 Flash Attention",
        "从 MHA 到 MLA|请讲讲 从 MHA 到 MLA",
        "训练整体流程|请讲讲 训练整体流程",
    })
    void asksQuestionLikeTitlesAsTheyAre(String title, String question) {
        assertThat(Questions.ask(title, List.of("中文笔记"))).isEqualTo(question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Gradient clipping|Explain Gradient clipping", "Dropout|Explain Dropout"})
    void wrapsOtherTitlesInEnglishWhenNothingAroundThemIsChinese(String title, String question) {
        assertThat(Questions.ask(title, List.of("English notes only"))).isEqualTo(question);
        assertThat(Questions.english(title, question)).isEqualTo(question);
    }

    @Test
    void requestsAreAskedAsWrittenNotWrappedAgain() {
        assertThat(Questions.ask("请讲讲 RoPE", java.util.List.of())).isEqualTo("请讲讲 RoPE");
        assertThat(Questions.ask("手撕 softmax 交叉熵", java.util.List.of())).isEqualTo("手撕 softmax 交叉熵");
        assertThat(Questions.ask("Describe beam search", java.util.List.of())).isEqualTo("Describe beam search");
        assertThat(Questions.ask("RoPE 位置编码", java.util.List.of())).isEqualTo("请讲讲 RoPE 位置编码");
    }
}
