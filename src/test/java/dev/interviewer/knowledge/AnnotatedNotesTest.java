package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedNotesTest {
    private final ParsedNote note = Fixtures.parse("annotated.md");
    private final Card card = Fixtures.card(note, "Transfomer attention计算为什么除以根号 d？");

    @Test
    void readmeExampleGivesOneCardUnderItsFileTopic() {
        assertThat(note.problems()).isEmpty();
        assertThat(note.cards()).hasSize(1);
        assertThat(card.id()).isEqualTo("annotated/transfomer-attention计算为什么除以根号-d");
        assertThat(card.path()).containsExactly("Transformer 与注意力");
        assertThat(card.line()).isEqualTo(7);
        assertThat(card.question()).isEqualTo(card.title());
    }

    @Test
    void keyPointsCarryWeightsAndEnglishGlosses() {
        assertThat(card.keyPoints()).extracting(KeyPoint::number, KeyPoint::text, KeyPoint::weight, KeyPoint::english)
                .containsExactly(
                        tuple(1, "点积的方差随 d_k 线性增长（方差为 d_k）", 3.0,
                                "the variance of the dot product grows linearly with d_k"),
                        tuple(2, "logits 过大使 softmax 饱和、梯度消失", 3.0,
                                "large logits saturate softmax and make gradients vanish"),
                        tuple(3, "除以 √d_k 使方差回到 1，训练更稳定", 2.0,
                                "dividing by sqrt(d_k) brings the variance back to 1"));
    }

    @Test
    void followUpsAimAtTheirKeyPoints() {
        assertThat(card.followUps()).extracting(FollowUp::targetKeyPoint, FollowUp::question, FollowUp::english)
                .containsExactly(
                        tuple(1, "为什么恰好是 √d_k 而不是 d_k？", "Why sqrt(d_k) and not d_k?"),
                        tuple(2, "softmax 饱和时梯度为什么会变小？", "Why do gradients shrink when softmax saturates?"));
    }

    @Test
    void pitfallSplitsClaimCorrectionAndEnglish() {
        assertThat(card.pitfalls()).containsExactly(new Pitfall("除以根号 d 是为了减少计算量",
                "缩放不改变计算量，只改变 logits 的尺度", "dividing by sqrt(d) reduces computation"));
    }

    @Test
    void levelTagsAndSourcesComeFromLabelsOverFrontMatter() {
        assertThat(card.level()).isEqualTo(1);
        assertThat(card.tags()).containsExactly("transformer", "attention");
        assertThat(card.sources()).containsExactly("Vaswani et al. 2017, Attention Is All You Need, arXiv:1706.03762");
    }

    @Test
    void referenceKeepsLatexButLeavesOutTheAnnotations() {
        assertThat(card.reference())
                .startsWith("设 $q, k \\in \\mathbb{R}^{d_k}$ 的各分量独立")
                .contains("$$\\mathrm{Attention}(Q,K,V)="
                        + "\\mathrm{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$$")
                .endsWith("V$$")
                .doesNotContain("**要点**", "[w=3]", "**追问**", "**误区**", "**难度**", "**标签**", "**来源**", "Vaswani");
    }

    @Test
    void problemsInAnnotationsAreReportedWithTheirLines() {
        ParsedNote bad = Fixtures.parse("broken/bad-annotations.md");
        assertThat(bad.problems()).extracting(NoteProblem::line, NoteProblem::message).containsExactly(
                tuple(8, "weight must be from 1 to 3: [w=5]"),
                tuple(9, "weight must be a number from 1 to 3: [w=abc]"),
                tuple(13, "follow-up aims at key point [kp=4] but the card has 3 key points"),
                tuple(16, "**误区** has no items: put a list right after it"),
                tuple(18, "level must be 1, 2 or 3: 9"));
        Card card = Fixtures.card(bad, "Card");
        assertThat(card.keyPoints()).extracting(KeyPoint::weight).containsExactly(3.0, 1.0, 1.0);
        assertThat(card.followUps()).extracting(FollowUp::targetKeyPoint).containsExactly(0, 2);
        assertThat(card.level()).isEqualTo(FrontMatter.DEFAULT_LEVEL);
        assertThat(card.reference()).isEqualTo("Some text here.");
    }

    @Test
    void frontMatterSetsTopicLevelAndTagsForEveryCard() {
        ParsedNote fm = Fixtures.parse("front-matter.md");
        assertThat(fm.problems()).isEmpty();
        assertThat(fm.cards()).extracting(Card::title).containsExactly("clip 目标", "GAE");
        for (Card c : fm.cards()) {
            assertThat(c.path()).containsExactly("强化学习", "PPO 细节");
            assertThat(c.level()).isEqualTo(3);
            assertThat(c.tags()).startsWith("rlhf", "ppo");
        }
        assertThat(Fixtures.card(fm, "clip 目标").tags()).containsExactly("rlhf", "ppo", "clip");
    }

    @Test
    void referenceKeepsCodeTablesAndImageAltTextButNotCommentsOrImageUrls() {
        Card clip = Fixtures.card(Fixtures.parse("front-matter.md"), "clip 目标");
        assertThat(clip.reference())
                .contains("$$L^{CLIP}(\\theta)=", "| 情况 | 效果 |\n|---|---|\n| $\\hat A_t>0$ |",
                        "PPO 裁剪示意图", "```python\nratio = torch.exp(logp - old_logp)\n```")
                .doesNotContain("images/clip.png", "私人备注", "**标签**");
        // The lead-in "PPO 的裁剪目标：" points at a claim; the formula and the table row are the claims.
        assertThat(clip.keyPoints()).extracting(KeyPoint::text).first().asString().startsWith("$$L^{CLIP}");
        assertThat(clip.keyPoints()).extracting(KeyPoint::text).doesNotContain("PPO 的裁剪目标：");
        Card gae = Fixtures.card(Fixtures.parse("front-matter.md"), "GAE");
        assertThat(gae.hasReference()).as("a heading whose only text is a comment").isFalse();
        assertThat(gae.question()).isEqualTo("请讲讲 GAE");
        assertThat(gae.questionEn()).isEqualTo("Explain GAE");
    }

    @Test
    void annotatedQuestionReplacesTheTitleAsTheQuestion() {
        ParsedNote parsed = new NoteParser().parse("x.md", String.join("\n", List.of(
                "## 面经", "", "准备要点如下。", "", "**问题**：面试一般考察哪些方面？ | en: What do interviews cover?",
                "**难度**：1", "**标签**：interview, 准备")));
        Card card = parsed.cards().get(0);
        assertThat(card.question()).isEqualTo("面试一般考察哪些方面？");
        assertThat(card.questionEn()).isEqualTo("What do interviews cover?");
        assertThat(card.level()).isEqualTo(1);
        assertThat(card.tags()).containsExactly("interview", "准备");
        assertThat(card.reference()).isEqualTo("准备要点如下。");
        assertThat(parsed.problems()).isEmpty();
    }
}
