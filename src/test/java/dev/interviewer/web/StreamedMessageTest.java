package dev.interviewer.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmInterviewer;
import dev.interviewer.llm.LlmSettings;
import dev.interviewer.testing.InMemoryInterviewStore;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message a model phrases reaches the page as it is written: the answer comes back with the next message
 * pending, and the events endpoint streams the model's tokens and ends with the message phrased by the LLM.
 */
class StreamedMessageTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final String CHUNKS = chunk("Okay. ", null) + chunk("Next question?", "\"stop\"")
            + "data: [DONE]\n\n";

    private final HttpClient http = HttpClient.newHttpClient();
    private final WireMockServer model = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startModel() {
        model.start();
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(CHUNKS)));
    }

    @AfterEach
    void stopModel() {
        model.stop();
    }

    @Test
    void theNextMessageIsPendingThenStreamsTheModelsTokensAsEvents() throws Exception {
        LlmSettings settings = new LlmSettings("k", model.baseUrl() + "/v1", "m", Duration.ofSeconds(5));
        try (LlmInterviewer llm = new LlmInterviewer(new ChatModels(settings).streaming(), Duration.ofSeconds(5),
                Duration.ofSeconds(5))) {
            InterviewService service = InterviewService.builder(Fixtures::sixCards, new KeywordGrader(),
                    new InMemoryInterviewStore()).interviewer(llm).build();
            JavalinTest.test(WebServer.create(WebSettings.local(), List.of(new InterviewController(service))),
                    (server, client) -> {
                        String base = "http://localhost:" + server.port() + "/api/interviews";
                        String id = post(base, "{\"questions\":2,\"followUps\":0,\"language\":\"en\"}").get("id")
                                .asText();
                        service.currentMessage(id).await(Duration.ofSeconds(10));

                        JsonNode answered = post(base + "/" + id + "/answers", "{\"text\":\"an answer\"}");
                        assertThat(answered.at("/next/pending").asBoolean()).isTrue();
                        assertThat(answered.at("/next/text").asText()).isEmpty();

                        String events = events(base + "/" + id + "/events");
                        assertThat(events).contains("event: token");
                        assertThat(events.substring(events.indexOf("event: done")))
                                .contains("\"engine\":\"llm\"", "\"fallback\":false", "Next question?");
                    });
        }
    }

    private JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isLessThan(300);
        return JSON.readTree(r.body());
    }

    private String events(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofLines()).body().collect(Collectors.joining("\n"));
    }

    private static String chunk(String content, String finish) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":" + finish + "}]}\n\n";
    }
}
