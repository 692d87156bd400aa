package dev.interviewer.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.interviewer.enrich.CardSuggestions;
import dev.interviewer.enrich.ReviewQueue;
import dev.interviewer.enrich.Suggestion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enrich} end to end against WireMock serving OpenAI-style replies: a valid proposal is queued with what the
 * note does not support thrown out; points not in the note are all thrown out; a reply cut off or an HTTP error
 * leaves the card for the next run, which resumes; a 429 pauses and retries; the cost is shown before anything.
 */
class EnrichIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = """
            # 推理

            ## KV cache

            KV cache 在自回归解码时缓存每一层已经算过的 key 和 value，生成新 token 时只需计算新位置的 query、key、value。
            代价是显存：缓存大小随序列长度、层数、头数和批大小线性增长，长上下文时可能超过模型权重本身。

            ## Paged attention

            Paged attention 把 KV cache 切成固定大小的块，像操作系统的分页一样按需分配，减少显存碎片。
            """;
    private static final String KV_PROPOSAL = """
            {"keyPoints": [
              {"text": "解码时缓存每一层已算过的 key 和 value，新 token 只算新位置的 query、key、value",
               "english": "caches computed keys and values; a new token computes only its own", "weight": 3,
               "quote": "KV cache 在自回归解码时缓存每一层已经算过的 key 和 value"},
              {"text": "缓存大小随序列长度、层数、头数和批大小线性增长", "english": "memory grows linearly", "weight": 2,
               "quote": "缓存大小随序列长度、层数、头数和批大小线性增长"},
              {"text": "KV cache 由 Google 在 2017 年提出，默认用 FP8 存储", "english": "Google, 2017, FP8", "weight": 1,
               "quote": ""}],
             "pitfalls": [{"claim": "KV cache 不占显存", "correction": "缓存大小随序列长度、层数、头数和批大小线性增长",
               "english": "it costs no memory"}],
             "followUps": [{"question": "长上下文时显存会怎样？", "english": "And long contexts?", "keyPoint": 2}],
             "level": 2, "tags": ["inference"]}""";
    private static final String OFF_NOTE = """
            {"keyPoints": [
              {"text": "Paged attention 由 Meta 在 2019 年为图像分割提出", "english": "Meta, 2019", "weight": 3, "quote": ""},
              {"text": "块大小必须是 4096 字节，并且只能用于 A100 显卡", "english": "4096 bytes, A100 only", "weight": 2,
               "quote": ""}],
             "pitfalls": [], "followUps": [], "level": 3, "tags": []}""";

    @TempDir
    Path notes;
    @TempDir
    Path data;

    private final WireMockServer model = new WireMockServer(options().dynamicPort());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        model.start();
        Files.writeString(notes.resolve("inference.md"), NOTE);
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    private int enrich(String... more) {
        String[] base = {"enrich", "--knowledge", notes.toString(), "--data", data.toString(), "--base-url",
                model.baseUrl() + "/v1", "--model", "stub", "--llm-timeout", "5"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        out.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void answer(String cardText, ResponseDefinitionBuilder response) {
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(cardText))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder completion(String content, String finishReason) {
        ObjectNode body = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1)
                .put("model", "stub");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 800).put("completion_tokens", 300).put("total_tokens", 1100);
        return okJson(body.toString());
    }

    private CardSuggestions queued(String cardId) {
        return new ReviewQueue(data.resolve("suggestions")).find(cardId).orElseThrow();
    }

    @Test
    void validAndUnsupportedProposalsAreQueuedWithWhatTheNoteDoesNotSayThrownOut() {
        answer("Card title: KV cache", completion(KV_PROPOSAL, "stop"));
        answer("Card title: Paged attention", completion(OFF_NOTE, "stop"));

        assertThat(enrich("--yes", "--price-in", "0.15", "--price-out", "0.6")).as(out + "" + err).isZero();

        assertThat(out.toString()).contains("2 cards to enrich (0 already in the review queue, 0 already annotated)",
                "estimated cost", "Enriched 2 cards", "tokens 1600 in, 600 out");
        CardSuggestions kv = queued("inference/kv-cache");
        assertThat(kv.items()).extracting(Suggestion::id).containsExactly("kp1", "kp2", "pf1", "fu1", "level",
                "tag1");
        assertThat(kv.rejected()).singleElement().satisfies(r -> assertThat(r.text()).contains("Google"));
        assertThat(kv.placement()).isEqualTo(CardSuggestions.Placement.SIDECAR);
        CardSuggestions paged = queued("inference/paged-attention");
        assertThat(paged.items()).extracting(Suggestion::kind).containsExactly(Suggestion.Kind.LEVEL);
        assertThat(paged.rejected()).hasSize(2).allSatisfy(r -> assertThat(r.reason())
                .startsWith("not supported by the note"));
        assertThat(Files.exists(notes.resolve("inference.annotations.md"))).as("nothing written before review")
                .isFalse();

        int calls = model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))).size();
        assertThat(enrich("--yes")).isZero();
        assertThat(out.toString()).contains("0 cards to enrich (2 already in the review queue", "Nothing to enrich");
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(calls);
    }

    @Test
    void aCutOffOrFailedReplyLeavesTheCardForTheNextRunWhichResumes() {
        answer("Card title: KV cache", completion(KV_PROPOSAL.substring(0, 200), "length"));
        answer("Card title: Paged attention", aResponse().withStatus(500).withBody("{\"error\":\"boom\"}"));

        assertThat(enrich("--yes", "--inline")).isEqualTo(1);
        assertThat(out.toString()).contains("Enriched 0 cards", "failed: inference/kv-cache: InvalidProposalException: "
                + "the reply is not the JSON asked for", "failed: inference/paged-attention: InternalServerException",
                "2 cards failed; run enrich again to retry them");
        assertThat(new ReviewQueue(data.resolve("suggestions")).all()).isEmpty();

        model.resetAll();
        answer("Card title: KV cache", completion(KV_PROPOSAL, "stop"));
        answer("Card title: Paged attention", completion(OFF_NOTE, "stop"));
        assertThat(enrich("--yes", "--inline")).isZero();
        assertThat(queued("inference/kv-cache").placement()).isEqualTo(CardSuggestions.Placement.INLINE);
    }

    @Test
    void tooManyRequestsPausesAndTriesAgain() {
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).inScenario("429")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(429).withBody("{\"error\":\"slow\"}"))
                .willSetStateTo("ok"));
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).inScenario("429")
                .whenScenarioStateIs("ok").willReturn(completion(KV_PROPOSAL, "stop")));

        assertThat(enrich("--yes", "--cards", "inference/kv-cache", "--parallel", "1")).as(out + "" + err).isZero();
        assertThat(queued("inference/kv-cache").items()).isNotEmpty();
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(2);
    }

    @Test
    void aDryRunShowsTheCardsAndTheCostAndCallsNothing() {
        assertThat(enrich("--dry-run", "--price-in", "1", "--price-out", "2")).isZero();
        assertThat(out.toString()).contains("2 cards to enrich", "prompt and", "estimated cost", "  inference/kv-cache",
                "  inference/paged-attention");
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).isEmpty();
    }

    @Test
    void withoutYesItAsksAndNoAnswerMeansNotStarted() {
        EnrichCommand command = new EnrichCommand();
        command.input = new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8));
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--knowledge", notes.toString(), "--data", data.toString(), "--base-url",
                model.baseUrl() + "/v1");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Continue? [y/N]", "Not started.");
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).isEmpty();
    }

    @Test
    void badInputEndsWithOneLineAndExitOne() {
        assertThat(enrich("--yes", "--cards", "inference/nope")).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("no card with id inference/nope").doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        assertThat(Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "enrich", "--knowledge",
                notes.toString(), "--data", data.toString(), "--offline")).isEqualTo(1);
        assertThat(err.toString()).contains("enrich needs a model");
        err.getBuffer().setLength(0);
        assertThat(enrich("--parallel", "99")).isEqualTo(1);
        assertThat(err.toString()).contains("--parallel must be 1-16");
    }
}
