package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNotesTest {
    private final ParsedNote seed = Fixtures.parse("seed-style.md");
    private final ParsedNote numbered = Fixtures.parse("numbered-questions.md");

    @Test
    void headingsWithTextOrWithoutChildrenAreCardsAndGroupsAreNot() {
        assertThat(seed.problems()).isEmpty();
        assertThat(seed.cards()).extracting(Card::title).containsExactly(
                "多轮对话sft样本怎么构造?", "SFT 是否可以注入知识?", "如何解决灾难性遗忘?", "为什么大模型都是 Decoder-Only 架构?",
                "Transfomer attention计算为什么除以根号 d?", "GRPO中可以去掉KL项吗?", "GRPO 的损失为什么会为负",
                "Flash Attention", "梯度累计 · 代码", "梯度累计如何节省显存", "Adam 和 AdamW");
    }

    @Test
    void headingPathGivesTheTopic() {
        assertThat(Fixtures.card(seed, "SFT 是否可以注入知识?").path()).containsExactly("面经2025", "常见问题总结");
        Card code = Fixtures.card(seed, "梯度累计 · 代码");
        assertThat(code.path()).containsExactly("面经2025", "基础知识", "梯度累计");
        assertThat(code.topic()).isEqualTo("面经2025");
        assertThat(code.id()).isEqualTo("seed-style/梯度累计-代码");
        assertThat(code.askable()).as("a generic heading is searched and graded, not asked").isFalse();
        assertThat(code.line()).isEqualTo(59);
    }

    @Test
    void urlsInHeadingsBecomeSources() {
        assertThat(Fixtures.card(seed, "为什么大模型都是 Decoder-Only 架构?").sources())
                .containsExactly("https://www.zhihu.com/question/588325646/answer/3357252612");
        assertThat(Fixtures.card(seed, "GRPO 的损失为什么会为负").sources())
                .containsExactly("https://zhuanlan.zhihu.com/p/28326620566");
        assertThat(Fixtures.card(seed, "梯度累计 · 代码").sources()).containsExactly("https://zhuanlan.zhihu.com/p/423359955");
    }

    @Test
    void topLevelBulletsBecomeKeyPoints() {
        assertThat(Fixtures.card(seed, "SFT 是否可以注入知识?").keyPoints()).extracting(KeyPoint::text)
                .containsExactly("continue pretrain 注入知识。", "sft 对齐输出格式。(sft 在一些特定的场景下确实是可以注入知识的)");
        assertThat(Fixtures.card(seed, "如何解决灾难性遗忘?").keyPoints()).extracting(KeyPoint::text)
                .hasSize(3).first().isEqualTo("保留通用数据:在进行领域数据训练时,仍然需要保留一部分通用数据用于模型训练。");
        assertThat(Fixtures.card(seed, "如何解决灾难性遗忘?").keyPoints()).allSatisfy(k -> {
            assertThat(k.weight()).isEqualTo(1.0);
            assertThat(k.english()).isEmpty();
        });
    }

    @Test
    void aSingleLinkBulletWithNestedItemsGivesTheNestedItemsAsKeyPoints() {
        Card card = Fixtures.card(seed, "多轮对话sft样本怎么构造?");
        assertThat(card.keyPoints()).extracting(KeyPoint::text).hasSize(3)
                .allSatisfy(t -> assertThat(t).doesNotContain("trick"))
                .first().asString().startsWith("多轮对话的传统组织方式");
        assertThat(card.reference()).startsWith("- [大模型微调样本构造 trick](https://zhuanlan.zhihu.com/p/641562439)");
    }

    @Test
    void withoutBulletsTheSentencesBecomeKeyPoints() {
        assertThat(Fixtures.card(seed, "GRPO 的损失为什么会为负").keyPoints()).extracting(KeyPoint::text)
                .containsExactly("总结:组奖励变化对 loss 上升影响不直观。", "优化策略远离 ref,KL 变化大,导致 Loss 上升明显。");
    }

    @Test
    void emptyLeafHeadingsAreCardsWithoutReference() {
        Card flash = Fixtures.card(seed, "Flash Attention");
        assertThat(flash.hasReference()).isFalse();
        assertThat(flash.keyPoints()).isEmpty();
        assertThat(flash.question()).isEqualTo("请讲讲 Flash Attention");
        assertThat(flash.questionEn()).isEqualTo("Explain Flash Attention");
        assertThat(Fixtures.card(seed, "Transfomer attention计算为什么除以根号 d?").hasReference()).isFalse();
    }

    @Test
    void questionLikeTitlesAreAskedAsTheyAreAndOthersAreWrapped() {
        assertThat(Fixtures.card(seed, "GRPO 的损失为什么会为负").question()).isEqualTo("GRPO 的损失为什么会为负");
        assertThat(Fixtures.card(seed, "梯度累计如何节省显存").question()).isEqualTo("梯度累计如何节省显存");
        assertThat(Fixtures.card(seed, "Adam 和 AdamW").question()).isEqualTo("请讲讲 Adam 和 AdamW");
        assertThat(Fixtures.card(seed, "梯度累计 · 代码").question()).isEqualTo("请讲讲 梯度累计 · 代码");
    }

    @Test
    void numberingEmphasisAndLinksAreCleanedFromNumberedHeadings() {
        assertThat(numbered.problems()).isEmpty();
        assertThat(numbered.cards()).extracting(Card::title).containsExactly(
                "什么是 RLHF？", "简单介绍一下 RLHF？", "PPO 的 clip 有什么作用", "1.5B 模型能做 RL 吗", "KV cache 的作用",
                "Multi-Query Attention");
        assertThat(Fixtures.card(numbered, "简单介绍一下 RLHF？").path()).containsExactly("大模型面试题", "RLHF");
        assertThat(Fixtures.card(numbered, "Multi-Query Attention").path()).containsExactly("大模型面试题", "Transformer");
        assertThat(Fixtures.card(numbered, "KV cache 的作用").sources()).containsExactly("https://example.com/kv-cache");
    }

    @Test
    void numberedQuestionHeadingsAreAskedAsQuestions() {
        assertThat(Fixtures.card(numbered, "简单介绍一下 RLHF？").question()).isEqualTo("简单介绍一下 RLHF？");
        assertThat(Fixtures.card(numbered, "1.5B 模型能做 RL 吗").question()).isEqualTo("1.5B 模型能做 RL 吗");
        assertThat(Fixtures.card(numbered, "Multi-Query Attention").question()).isEqualTo("请讲讲 Multi-Query Attention");
        assertThat(Fixtures.card(numbered, "简单介绍一下 RLHF？").keyPoints()).extracting(KeyPoint::text).containsExactly(
                "SFT：在示范数据上监督微调。", "奖励模型：用成对偏好数据训练 RM。", "PPO：以 RM 打分为奖励、加 KL 惩罚优化策略。");
        assertThat(Fixtures.card(numbered, "PPO 的 clip 有什么作用").reference())
                .isEqualTo("限制新旧策略概率比 $r_t(\\theta)$ 在 $[1-\\epsilon, 1+\\epsilon]$ 内。");
    }
}
