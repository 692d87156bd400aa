package dev.interviewer.interview;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.CardBuilder;
import java.util.ArrayList;
import java.util.List;

/** Cards built in code for interview tests; each key point's English gloss is the keyword the test grader seeks. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Why attention divides by sqrt(d): three weighted points, a curated follow-up aimed at point 2. */
    public static Card attention() {
        return CardBuilder.card("transformer/scaling").file("transformer.md").line(3).path(List.of("Transformer"))
                .title("Attention scaling").question("Transfomer attention计算为什么除以根号 d？")
                .questionEn("Why does attention divide by sqrt(d)?")
                .reference("点积的方差随 d_k 线性增长；logits 过大使 softmax 饱和、梯度消失；除以 √d_k 使方差回到 1。")
                .keyPoints(List.of(new KeyPoint(1, "点积的方差随 d_k 线性增长", "variance", 3),
                        new KeyPoint(2, "logits 过大使 softmax 饱和、梯度消失", "saturate", 3),
                        new KeyPoint(3, "除以 √d_k 使方差回到 1，训练更稳定", "unit", 2)))
                .followUps(List.of(new FollowUp("softmax 饱和时梯度为什么会变小？",
                        "Why do gradients shrink when softmax saturates?", 2)))
                .tags(List.of("attention", "transformer")).build();
    }

    /** A generic card with key points whose English keywords are {@code kw<n>-<id>}. */
    public static Card card(String id, String topic, int level, double... weights) {
        List<KeyPoint> points = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            points.add(new KeyPoint(i + 1, "要点" + (i + 1) + " of " + id, keyword(id, i + 1), weights[i]));
        }
        return CardBuilder.card(topic.toLowerCase() + "/" + id).file(topic.toLowerCase() + ".md")
                .path(List.of(topic)).title(id).question("请讲讲 " + id).questionEn("Explain " + id)
                .reference("Reference answer of " + id).keyPoints(points).level(level)
                .tags(List.of(topic.toLowerCase() + "-tag")).build();
    }

    public static String keyword(String cardId, int point) {
        return "kw" + point + "-" + cardId;
    }

    public static KnowledgeBase knowledge(Card... cards) {
        return new KnowledgeBase(List.of(cards), List.of());
    }

    /** Five cards over three topics and three levels, plus the attention card. */
    public static KnowledgeBase sixCards() {
        return knowledge(attention(),
                card("ppo", "RLHF", 2, 3, 2, 1),
                card("dpo", "RLHF", 3, 2, 2),
                card("lora", "Finetuning", 1, 2, 1, 1),
                card("sft", "Finetuning", 2, 1, 1),
                card("kv", "Inference", 2, 3, 1));
    }
}
