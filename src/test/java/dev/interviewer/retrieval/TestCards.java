package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.CardIds;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import dev.interviewer.testing.CardBuilder;
import java.util.ArrayList;
import java.util.List;

/** Cards for retrieval tests, built directly rather than parsed from notes. */
final class TestCards {
    private TestCards() {
    }

    /** A card with key points given as "中文 | en: English" strings. */
    static Card card(String file, String topic, String title, String reference, List<String> tags,
                     String... keyPoints) {
        List<KeyPoint> points = new ArrayList<>();
        for (String point : keyPoints) {
            String[] parts = point.split("\\s*\\|\\s*en:\\s*", 2);
            points.add(new KeyPoint(points.size() + 1, parts[0], parts.length > 1 ? parts[1] : "", 1));
        }
        return CardBuilder.card(CardIds.of(file, title)).file(file).path(List.of(topic)).title(title)
                .reference(reference).keyPoints(points).tags(tags).build();
    }

    static Card withPitfall(Card card, String claim) {
        return CardBuilder.from(card).pitfalls(List.of(new Pitfall(claim, "", ""))).build();
    }

    static Card withReference(Card card, String reference) {
        return CardBuilder.from(card).line(card.line() + 3).reference(reference).build();
    }

    /** Six cards on different topics of the interview notes. */
    static List<Card> sample() {
        return List.of(
                card("transformer.md", "Transformer 与注意力", "Attention 为什么除以根号 d？",
                        "点积 q·k 的方差随维度 d_k 线性增长，logits 过大使 softmax 饱和、梯度消失。除以 √d_k 使方差回到 1。",
                        List.of("attention", "transformer"),
                        "点积的方差随 d_k 线性增长 | en: the variance of the dot product grows with d_k",
                        "logits 过大使 softmax 饱和、梯度消失 | en: large logits saturate softmax and kill gradients"),
                card("rl.md", "强化学习与 RLHF", "GRPO 中的 KL 散度项可以去掉吗？",
                        "GRPO 用组内相对优势代替价值网络。KL 惩罚约束策略不要偏离参考模型太远；DAPO 等工作去掉了 KL 项，"
                                + "因为长思维链推理中策略本就需要大幅偏离初始模型。",
                        List.of("rlhf", "grpo"),
                        "KL 项约束策略偏离参考模型 | en: the KL term keeps the policy close to the reference model",
                        "DAPO 去掉了 KL 项 | en: DAPO removes the KL penalty"),
                card("finetune.md", "微调", "LoRA 的原理是什么？",
                        "LoRA 冻结预训练权重，在旁路加入低秩分解矩阵 B·A，只训练 A 和 B，秩 r 远小于 d，显存和参数量大幅下降。",
                        List.of("lora", "peft"),
                        "冻结原权重，只训练低秩矩阵 A、B | en: freeze the weights and train low-rank matrices A and B",
                        "秩 r 远小于隐藏维度 | en: the rank r is much smaller than the hidden size"),
                card("inference.md", "推理优化", "KV cache 是什么？为什么能加速推理？",
                        "自回归解码时，已生成 token 的 Key 和 Value 不会改变，缓存起来避免重复计算，每步只计算新 token。"
                                + "代价是显存随序列长度线性增长。",
                        List.of("inference", "kv-cache"),
                        "缓存历史 token 的 K 和 V，避免重复计算 | en: cache past keys and values to avoid recomputation",
                        "显存随序列长度增长 | en: memory grows with sequence length"),
                card("training.md", "分布式训练", "梯度累积是怎么实现的？",
                        "梯度累积把一个大 batch 拆成多个 micro-batch，依次前向反向，梯度相加，累积 N 步后再更新一次参数，"
                                + "等效于更大的批大小而不增加显存。",
                        List.of("training"),
                        "多个 micro-batch 的梯度相加后再更新 | en: sum gradients over micro-batches, then step",
                        "等效增大批大小而不增加显存 | en: a larger effective batch size without more memory"),
                card("transformer.md", "Transformer 与注意力", "RoPE 旋转位置编码的原理",
                        "RoPE 把位置信息编码为旋转矩阵，作用在 q 和 k 上，使点积只依赖相对位置，具有良好的外推性。",
                        List.of("position", "transformer"),
                        "用旋转矩阵编码位置 | en: encode positions as rotations",
                        "点积只依赖相对位置 | en: the dot product depends only on relative position"));
    }
}
