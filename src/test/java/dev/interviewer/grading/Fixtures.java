package dev.interviewer.grading;

import static dev.interviewer.testing.CardBuilder.card;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.Pitfall;
import dev.interviewer.testing.CardBuilder;
import java.util.List;

/** Cards built directly (as the notes parser would build them) for grading tests. */
final class Fixtures {
    static final Card ATTENTION = card("transformer/attention-scale").file("transformer.md").line(3)
            .path(List.of("Transformer 与注意力")).title("Transfomer attention计算为什么除以根号 d？")
            .questionEn("Why is attention divided by sqrt(d)?")
            .reference("设 q, k 的各分量独立、均值 0、方差 1，则点积的方差为 d_k。d_k 较大时 logits 的尺度变大，softmax 进入饱和区，"
                    + "梯度很小。除以 √d_k 把方差拉回 1。")
            .keyPoints(List.of(new KeyPoint(1, "点积的方差随 d_k 线性增长（方差为 d_k）",
                            "the variance of the dot product grows linearly with d_k", 3),
                    new KeyPoint(2, "logits 过大使 softmax 饱和、梯度消失",
                            "large logits saturate softmax and make gradients vanish", 3),
                    new KeyPoint(3, "除以 √d_k 使方差回到 1，训练更稳定",
                            "dividing by sqrt(d_k) brings the variance back to 1", 2)))
            .pitfalls(List.of(new Pitfall("除以根号 d 是为了减少计算量", "缩放不改变计算量，只改变 logits 的尺度",
                    "dividing by sqrt(d) reduces computation")))
            .tags(List.of("attention")).build();

    /** The attention card with the notes' second pitfall: two wrong claims in the same frame ("除以根号 d 是为了"). */
    static final Card ATTENTION_TWO_PITFALLS = CardBuilder.from(ATTENTION).id(ATTENTION.id() + "-two")
            .pitfalls(List.of(ATTENTION.pitfalls().get(0),
                    new Pitfall("除以根号 d 是为了防止 exp 数值溢出", "目的是控制方差、避免 softmax 饱和导致梯度消失，溢出靠减最大值解决",
                            "dividing by sqrt(d) is there to prevent numerical overflow in exp")))
            .build();

    static final Card NORMS = card("basics/layernorm-vs-rmsnorm").file("basics.md").line(10).path(List.of("基础"))
            .title("LayerNorm 和 RMSNorm 的区别").questionEn("What is the difference between LayerNorm and RMSNorm?")
            .reference("LayerNorm 先减均值再除以标准差，再做缩放和平移；RMSNorm 不减均值，只除以均方根。")
            .keyPoints(List.of(new KeyPoint(1, "LayerNorm 减均值、除以标准差，再做 γ 缩放和 β 平移",
                            "LayerNorm subtracts the mean, divides by the standard deviation, then applies γ and β", 3),
                    new KeyPoint(2, "RMSNorm 不减均值，只除以均方根，通常没有 β",
                            "RMSNorm skips mean subtraction and divides by the root mean square, usually without β",
                            3),
                    new KeyPoint(3, "RMSNorm 计算更省，速度更快且效果相当",
                            "RMSNorm is cheaper and faster with comparable quality", 2)))
            .pitfalls(List.of(new Pitfall("RMSNorm 就是不带可学习参数的 LayerNorm", "RMSNorm 有可学习的缩放 γ",
                    "RMSNorm is LayerNorm without learnable parameters")))
            .build();

    static final Card ACCUMULATION = card("efficiency/gradient-accumulation").file("efficiency.md").line(20)
            .path(List.of("显存")).title("什么是梯度累积？").question("什么是梯度累积？它解决什么问题，有什么代价？")
            .questionEn("What is gradient accumulation, what problem does it solve, and what does it cost?")
            .reference("多个 micro-batch 各自反向，梯度累加后再更新一次参数。")
            .keyPoints(List.of(new KeyPoint(1, "多个 micro-batch 各自反向，梯度在 .grad 中累加后才更新一次",
                            "several micro-batches each run backward and gradients accumulate before one update", 3),
                    new KeyPoint(2, "只降低激活峰值显存，不减少模型状态显存",
                            "it only lowers peak activation memory, not model-state memory", 2),
                    new KeyPoint(3, "总计算量不变且串行执行，不会加快训练",
                            "total compute is the same and runs serially, so training is not faster", 2)))
            .pitfalls(List.of(new Pitfall("梯度累积能加快训练", "计算量相同且串行执行，不会更快",
                    "gradient accumulation speeds up training")))
            .build();

    static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(ATTENTION, NORMS, ACCUMULATION), List.of());

    private Fixtures() {
    }
}
