package dev.interviewer.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * In the browser, with a model configured: the offline grade card shows at once, marked as provisional, and the
 * model's grade replaces it in place when it arrives on the next message's stream (here seconds after the message).
 */
class ModelGradePageIT {
    private static final String MODEL_FEEDBACK = "MODEL-FEEDBACK: the answer names the idea but not why.";
    private static final WireMockServer MODEL = startModel();

    @RegisterExtension
    static final SharedApp APP = SharedApp.configured("model-grade-page", b -> b.apiKey("sk-test")
            .baseUrl(MODEL.baseUrl() + "/v1").model("stub").llmTimeout(Duration.ofSeconds(10)));

    private static WireMockServer startModel() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        String chunk = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"finish_reason\":%s}]}\n\n";
        String stream = String.format(chunk, "好的。我们看下一个问题：", "null")
                + String.format(chunk, "请展开讲讲。", "\"stop\"") + "data: [DONE]\n\n";
        server.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(stream)));
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1)
                .put("model", "stub");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", "{\"score\": 6, \"covered\": [], "
                + "\"pitfalls\": [], \"feedback\": \"" + MODEL_FEEDBACK + "\"}");
        body.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 60).put("total_tokens", 960);
        server.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(okJson(body.toString()).withFixedDelay(4000)));
        return server;
    }

    @AfterAll
    static void stopModel() {
        MODEL.stop();
    }

    @Test
    void theGradeCardTurnsIntoTheModelsGradeWhenItArrives() {
        try (Browser browser = Browser.open(1280, 900)) {
            InterviewPage interview = new InterviewPage(browser).start(APP, 2, 1);
            WebElement offline = interview.answer("点积的方差随维度增大，softmax 会饱和，所以要除以根号 d。");

            assertThat(offline.getAttribute("data-engine")).isEqualTo("offline");
            assertThat(offline.findElements(Browser.testId("grade-pending"))).hasSize(1);
            assertThat(offline.getText()).doesNotContain("MODEL-FEEDBACK");

            // The card is replaced in place: an element found just before the swap goes stale.
            WebElement updated = browser.waitUpTo(Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement last = interview.grades().get(interview.grades().size() - 1);
                return "llm".equals(last.getAttribute("data-engine")) ? last : null;
            });
            assertThat(updated.getText()).contains("MODEL-FEEDBACK").doesNotContain("模型评分稍后更新");
            assertThat(interview.grades()).hasSize(1);
            browser.screenshot("model-grade-updated-1280");
        }
    }
}
