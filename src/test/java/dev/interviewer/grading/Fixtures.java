package dev.interviewer.grading;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.Pitfall;
import java.util.List;

/** Cards built directly (as the notes parser would build them) for grading tests. */
final class Fixtures {
    static final Card ATTENTION = new Card("transformer/attention-scale", "transformer.md", 3,
            List.of("Transformer 与注意力"), "Transfomer attention计算为什么除以根号 d？",
            "Transfomer attention计算为什么除以根号 d？", "Why is attention divided by sqrt(d)?",
            "设 q, k 的各分量独立、均值 0、方差 1，则点积的方差为 d_k。d_k 较大时 logits 的尺度变大，softmax 进入饱和区，"
                    + "梯度很小。除以 √d_k 把方差拉回 1。",
            List.of(new KeyPoint(1, "点积的方差随 d_k 线性增长（方差为 d_k）",
                            "the variance of the dot product grows linearly with d_k", 3),
                    new KeyPoint(2, "logits 过大使 softmax 饱和、梯度消失",
                            "large logits saturate softmax and make gradients vanish", 3),
                    new KeyPoint(3, "除以 √d_k 使方差回到 1，训练更稳定",
                            "dividing by sqrt(d_k) brings the variance back to 1", 2)),
            List.of(), List.of(new Pitfall("除以根号 d 是为了减少计算量", "缩放不改变计算量，只改变 logits 的尺度",
                    "dividing by sqrt(d) reduces computation")),
            1, List.of("attention"), List.of());

    /** The attention card with the notes' second pitfall: two wrong claims in the same frame ("除以根号 d 是为了"). */
    static final Card ATTENTION_TWO_PITFALLS = new Card(ATTENTION.id() + "-two", ATTENTION.file(), ATTENTION.line(),
            ATTENTION.path(), ATTENTION.title(), ATTENTION.question(), ATTENTION.questionEn(), ATTENTION.reference(),
            ATTENTION.keyPoints(), ATTENTION.followUps(), List.of(ATTENTION.pitfalls().get(0),
                    new Pitfall("除以根号 d 是为了防止 exp 数值溢出", "目的是控制方差、避免 softmax 饱和导致梯度消失，溢出靠减最大值解决",
                            "dividing by sqrt(d) is there to prevent numerical overflow in exp")),
            ATTENTION.level(), ATTENTION.tags(), ATTENTION.sources());

    static final Card NORMS = new Card("basics/layernorm-vs-rmsnorm", "basics.md", 10, List.of("基础"),
            "LayerNorm 和 RMSNorm 的区别", "LayerNorm 和 RMSNorm 的区别",
            "What is the difference between LayerNorm and RMSNorm?",
            "LayerNorm 先减均值再除以标准差，再做缩放和平移；RMSNorm 不减均值，只除以均方根。",
            List.of(new KeyPoint(1, "LayerNorm 减均值、除以标准差，再做 γ 缩放和 β 平移",
                            "LayerNorm subtracts the mean, divides by the standard deviation, then applies γ and β", 3),
                    new KeyPoint(2, "RMSNorm 不减均值，只除以均方根，通常没有 β",
                            "RMSNorm skips mean subtraction and divides by the root mean square, usually without β",
                            3),
                    new KeyPoint(3, "RMSNorm 计算更省，速度更快且效果相当",
                            "RMSNorm is cheaper and faster with comparable quality", 2)),
            List.of(), List.of(new Pitfall("RMSNorm 就是不带可学习参数的 LayerNorm", "RMSNorm 有可学习的缩放 γ",
                    "RMSNorm is LayerNorm without learnable parameters")),
            1, List.of(), List.of());

    static final Card ACCUMULATION = new Card("efficiency/gradient-accumulation", "efficiency.md", 20,
            List.of("显存"), "什么是梯度累积？", "什么是梯度累积？它解决什么问题，有什么代价？",
            "What is gradient accumulation, what problem does it solve, and what does it cost?",
            "多个 micro-batch 各自反向，梯度累加后再更新一次参数。",
            List.of(new KeyPoint(1, "多个 micro-batch 各自反向，梯度在 .grad 中累加后才更新一次",
                            "several micro-batches each run backward and gradients accumulate before one update", 3),
                    new KeyPoint(2, "只降低激活峰值显存，不减少模型状态显存",
                            "it only lowers peak activation memory, not model-state memory", 2),
                    new KeyPoint(3, "总计算量不变且串行执行，不会加快训练",
                            "total compute is the same and runs serially, so training is not faster", 2)),
            List.of(), List.of(new Pitfall("梯度累积能加快训练", "计算量相同且串行执行，不会更快",
                    "gradient accumulation speeds up training")),
            1, List.of(), List.of());

    static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(ATTENTION, NORMS, ACCUMULATION), List.of());

    private Fixtures() {
    }
}
