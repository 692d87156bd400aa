package dev.interviewer.enrich;

import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.retrieval.TextEmbedder;
import dev.interviewer.testing.CardBuilder;
import java.util.List;

/** A plain card and proposals about it, for the enrich tests. */
final class EnrichFixtures {
    static final String NOTE = """
            KV cache 在自回归解码时缓存每一层已经算过的 key 和 value，生成新 token 时只需计算新位置的 query、key、value。
            这样每一步的注意力计算从重新处理整个前缀变成只处理一个新 token，解码速度大幅提升。
            代价是显存：缓存大小随序列长度、层数、头数和批大小线性增长，长上下文时可能超过模型权重本身。
            MQA 和 GQA 让多个 query 头共享 key/value 头，从而成倍减少 KV cache 的显存。""";

    private EnrichFixtures() {
    }

    static Card card() {
        return CardBuilder.card("inference/kv-cache").file("inference.md").line(3).path(List.of("推理"))
                .title("KV cache").question("请讲讲 KV cache").reference(NOTE)
                .keyPoints(List.of(new KeyPoint(1, "KV cache 缓存已经算过的 key 和 value", "", 1))).build();
    }

    /** What a careful model proposes: two points the note says, one it does not, a pitfall, follow-ups. */
    static Proposal proposal() {
        return new Proposal(List.of(
                new Proposal.Point("解码时缓存每一层已计算的 key 和 value，新 token 只算新位置的 query、key、value",
                        "caches the keys and values already computed so a new token only computes its own", 3, ""),
                new Proposal.Point("KV cache 的显存随序列长度、层数、头数和批大小线性增长",
                        "its memory grows linearly with length, layers, heads and batch", 2, ""),
                new Proposal.Point("KV cache 由 Google 在 2017 年随 Transformer 论文一起提出，默认使用 FP8 存储",
                        "introduced by Google in 2017 and stored in FP8", 2, "")),
                List.of(new Proposal.Mistake("KV cache 不占显存，只是省计算",
                        "缓存大小随序列长度、层数、头数和批大小线性增长，长上下文时可能超过模型权重", "it costs no memory")),
                List.of(new Proposal.Question("长上下文时 KV cache 的显存会怎样？", "What happens to its memory?", 2),
                        new Proposal.Question("KV cache 是谁提出的？", "Who introduced it?", 3)),
                2, List.of("Inference", "#kv-cache", "a, b"));
    }

    static Suggestion point(String id, String text, Status status) {
        return new Suggestion(id, Kind.KEY_POINT, text, "gloss of " + id, 2, "", "", "", status);
    }

    /** Every text equally close to every other: the check then rests on the note's words alone. */
    static TextEmbedder sameVector() {
        return new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                float[] v = new float[4];
                v[0] = 1;
                return v;
            }

            @Override
            public String modelId() {
                return "same-vector";
            }

            @Override
            public int dimensions() {
                return 4;
            }
        };
    }
}
