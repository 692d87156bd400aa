package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.testing.CardBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextTest {
    @Test
    void plainTextDropsMarkupButKeepsWordsAndFormulas() {
        String markdown = """
                ## 对比
                | | PPO | GRPO |
                |---|:---:|---|
                | critic | 有 | **没有** |

                ---
                - 见 [DeepSeekMath](https://arxiv.org/abs/2402.03300)，公式 $\\hat A_i = r_i - \\bar r$
                1. `beta=0.0` ![示意图](img.png)
                """;
        String plain = CardText.plain(markdown);
        assertThat(plain).contains("PPO", "GRPO", "critic", "没有", "DeepSeekMath", "$\\hat A_i = r_i - \\bar r$",
                "beta=0.0", "示意图");
        assertThat(plain).doesNotContain("---", "|", "**", "`", "https://", "##", "](");
    }

    @Test
    void theHashChangesWithTheContentButNotWithTheLine() {
        Card card = TestCards.sample().get(0);
        Card moved = TestCards.withReference(card, card.reference());
        Card edited = TestCards.withReference(card, card.reference() + " 补充一句。");
        assertThat(moved.line()).isNotEqualTo(card.line());
        assertThat(CardText.hash(moved, Glossary.bundled())).isEqualTo(CardText.hash(card, Glossary.bundled()));
        assertThat(CardText.hash(edited, Glossary.bundled())).isNotEqualTo(CardText.hash(card, Glossary.bundled()));
    }

    @Test
    void onlyCentralKeyPointsAreSearchPassages() {
        Card card = TestCards.sample().get(2);
        List<KeyPoint> points = List.of(new KeyPoint(1, "the central claim of the card", "", 1, true),
                new KeyPoint(2, "a detail mentioned in passing", "", 1, false));
        Card derived = CardBuilder.from(card).keyPoints(points).build();
        assertThat(CardText.passages(derived)).contains("the central claim of the card")
                .doesNotContain("a detail mentioned in passing");
        assertThat(CardText.hash(derived, Glossary.bundled())).isNotEqualTo(CardText.hash(
                CardBuilder.from(derived).keyPoints(List.of(points.get(0),
                        new KeyPoint(2, "a detail mentioned in passing", "", 1))).build(), Glossary.bundled()));
    }

    @Test
    void passagesAreTheDistinctNonBlankShortTexts() {
        Card card = TestCards.withPitfall(TestCards.sample().get(2), "LoRA 会增加推理延迟");
        List<String> passages = CardText.passages(card);
        assertThat(passages).contains(card.title(), "LoRA 会增加推理延迟",
                "freeze the weights and train low-rank matrices A and B").doesNotHaveDuplicates()
                .noneMatch(String::isBlank);
    }

    @Test
    void facetsAreLowerCaseTopicHeadingsTagsAndFileNames() {
        Card card = TestCards.sample().get(2);
        assertThat(CardText.facets(card)).contains("微调", "lora", "peft", "finetune");
    }
}
