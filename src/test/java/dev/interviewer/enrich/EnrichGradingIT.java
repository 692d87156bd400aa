package dev.interviewer.enrich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.interviewer.cli.Cli;
import dev.interviewer.grading.CardVectors;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.OfflineGrader;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes that improve themselves: a temporary copy of one plain notes file of a development corpus
 * ({@code ../shared/corpora/faq-llm-interview}, read-only) is enriched through {@code enrich} by a stub model that
 * returns hand-checked annotations for two of its cards, the suggestions are accepted in the review, and the offline
 * grades of the corpus's labelled answers to those cards move toward their labels.
 */
class EnrichGradingIT {
    private static final Path CORPUS = Path.of("../shared/corpora/faq-llm-interview");
    private static final String FILE = "5-高效微调篇/LoRA..ETC.md";
    private static final Map<String, String> CARDS = Map.of("What is LoRA", "LoRA..ETC/what-is-lora",
            "prefix-tuning", "LoRA..ETC/prefix-tuning");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path notes;
    @TempDir
    Path data;

    private final WireMockServer model = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        model.stop();
    }

    @Test
    void acceptedAnnotationsBringTheOfflineGradesOfThoseCardsCloserToTheLabels() throws Exception {
        boolean present = Files.isRegularFile(CORPUS.resolve("notes").resolve(FILE));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the development corpora are missing: " + CORPUS.toAbsolutePath());
        }
        assumeTrue(present, "SKIPPED: no development corpus at " + CORPUS.toAbsolutePath());
        Files.copy(CORPUS.resolve("notes").resolve(FILE), notes.resolve("LoRA..ETC.md"));
        List<JsonNode> labels = labels();
        try (InProcessEmbedder embedder = InProcessEmbedder.bge()) {
            double before = meanError("before", labels, embedder);

            enrichTheTwoCards();
            ReviewService review = new ReviewService(new ReviewQueue(data.resolve("suggestions")),
                    () -> new NotesLoader().load(notes), new AnnotationFiles(notes));
            CARDS.values().forEach(review::acceptAll);
            KnowledgeBase enriched = new NotesLoader().load(notes);
            assertThat(enriched.problems()).isEmpty();
            assertThat(enriched.card("LoRA..ETC/what-is-lora").orElseThrow().keyPoints()).hasSize(5);
            assertThat(enriched.card("LoRA..ETC/what-is-lora").orElseThrow().keyPoints())
                    .noneMatch(k -> k.text().contains("微软"));

            double after = meanError("after", labels, embedder);
            assertThat(after).as("mean |grade - label| after enrichment (before: %.2f)", before)
                    .isLessThan(before - 0.3);
        }
    }

    private void enrichTheTwoCards() throws IOException {
        model.start();
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(9)
                .willReturn(aResponse().withStatus(500)));
        stub("Card title: What is LoRA", lora());
        stub("Card title: prefix-tuning", prefix());
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(out, true), "enrich", "--knowledge",
                notes.toString(), "--data", data.toString(), "--base-url", model.baseUrl() + "/v1", "--model", "stub",
                "--cards", String.join(",", CARDS.values()), "--yes");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Enriched 2 cards");
    }

    private void stub(String marker, ObjectNode proposal) {
        ObjectNode body = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1)
                .put("model", "stub");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", proposal.toString());
        body.putObject("usage").put("prompt_tokens", 1500).put("completion_tokens", 500).put("total_tokens", 2000);
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(okJson(body.toString())));
    }

    /** Hand-checked against the note: each point is a sentence of it, compressed; the last one is not in it. */
    private static ObjectNode lora() {
        ObjectNode p = JSON.createObjectNode();
        var points = p.putArray("keyPoints");
        point(points, "LoRA 把预训练模型的矩阵分解为两个低秩矩阵（降维矩阵 A 和升维矩阵 B）的乘积，作为可学习的任务参数",
                "the weight update is factored into two low-rank matrices, a down-projection A and an up-projection B,"
                        + " which are the trainable parameters", 3);
        point(points, "训练时固定预训练模型的参数，只训练 A 和 B", "the pretrained weights are frozen and only A and B are "
                + "trained", 3);
        point(points, "在原模型旁增加一个先降维再升维的旁路，输入输出维度不变，输出时将 BA 与原参数叠加",
                "a bypass beside the original weights projects down then up, keeps the input and output sizes, and "
                        + "BAx is added to the output", 2);
        point(points, "A 用随机高斯分布初始化，B 用零矩阵初始化，训练开始时 BA=0，不影响模型",
                "A starts from a random Gaussian and B from zeros, so BA is 0 at the start", 1);
        point(points, "推理时把 BA 加到 W 上作为新权重，h=(W+BA)x，不增加额外计算",
                "at inference BA is merged into W, h=(W+BA)x, with no extra computation", 2);
        point(points, "LoRA 由微软在 2021 年提出，最早用于 GPT-3 的微调", "introduced by Microsoft in 2021 for GPT-3", 1);
        var pitfalls = p.putArray("pitfalls");
        pitfalls.addObject().put("claim", "LoRA 在推理时会增加额外的计算和延迟")
                .put("correction", "训练后把 BA 加回 W，推理不增加额外计算")
                .put("english", "LoRA adds extra computation and latency at inference");
        pitfalls.addObject().put("claim", "LoRA 会更新预训练模型的全部参数").put("correction", "预训练参数固定，只训练 A 和 B")
                .put("english", "LoRA updates all the pretrained weights");
        p.putArray("followUps").addObject().put("question", "为什么 B 要用零矩阵初始化？")
                .put("english", "Why is B initialised with zeros?").put("keyPoint", 4);
        p.put("level", 2);
        p.putArray("tags").add("peft").add("lora");
        return p;
    }

    private static ObjectNode prefix() {
        ObjectNode p = JSON.createObjectNode();
        var points = p.putArray("keyPoints");
        point(points, "在输入 token 前构造一段任务相关的可训练 virtual tokens 作为前缀",
                "a task-specific prefix of trainable virtual tokens is put before the input tokens", 3);
        point(points, "训练时只更新前缀部分的参数，Transformer 的预训练参数固定",
                "only the prefix parameters are trained; the pretrained transformer stays frozen", 3);
        point(points, "每一层 Transformer 都在真实句子表征前插入连续可训练的 embedding，而不只是输入层",
                "trainable continuous embeddings are inserted before the real sequence at every layer, not only the "
                        + "input", 2);
        point(points, "这些伪 token 不必是词表中的真实词，只是可调的自由参数",
                "the virtual tokens need not be vocabulary words; they are free parameters", 1);
        point(points, "自回归模型前加前缀 z=[PREFIX;x;y]，Encoder-Decoder 模型的编码器和解码器都加前缀",
                "autoregressive models get z=[PREFIX;x;y]; encoder-decoder models get a prefix on both the encoder and "
                        + "the decoder", 1);
        p.putArray("pitfalls").addObject().put("claim", "prefix-tuning 会微调整个模型的参数")
                .put("correction", "只更新前缀部分的参数，预训练参数固定")
                .put("english", "prefix-tuning fine-tunes all of the model's weights");
        p.putArray("followUps").addObject().put("question", "前缀只加在输入层吗？")
                .put("english", "Is the prefix only added at the input layer?").put("keyPoint", 3);
        p.put("level", 2);
        p.putArray("tags").add("peft");
        return p;
    }

    private static void point(com.fasterxml.jackson.databind.node.ArrayNode points, String text, String english,
            int weight) {
        points.addObject().put("text", text).put("english", english).put("weight", weight).put("quote", "");
    }

    private static List<JsonNode> labels() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("eval/grading.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode label = JSON.readTree(line);
                if (CARDS.containsKey(label.path("question").asText())) {
                    out.add(label);
                }
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(8);
        return out;
    }

    /** Mean |offline grade - label| over the labelled answers to the two cards, graded against their card. */
    private double meanError(String when, List<JsonNode> labels, InProcessEmbedder embedder) {
        KnowledgeBase kb = new NotesLoader().load(notes);
        OfflineGrader grader = new OfflineGrader(new CardVectors(embedder, embedder, new LexicalTerms()), () -> kb);
        double error = 0;
        for (JsonNode label : labels) {
            Card card = kb.card(CARDS.get(label.path("question").asText())).orElseThrow();
            double score = grader.grade(GradeRequest.of(card, label.path("answer").asText())).score();
            error += Math.abs(score - label.path("score").asDouble());
            System.out.printf(Locale.ROOT, "enrich %s %s %-11s label %4.1f offline %4.1f%n", when,
                    label.path("id").asText(), label.path("band").asText(), label.path("score").asDouble(), score);
        }
        double mean = error / labels.size();
        System.out.printf(Locale.ROOT, "enrich %s: mean |grade - label| %.2f over %d answers%n", when, mean,
                labels.size());
        return mean;
    }
}
