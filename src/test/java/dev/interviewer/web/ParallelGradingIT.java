package dev.interviewer.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmGrader;
import dev.interviewer.llm.LlmInterviewer;
import dev.interviewer.llm.LlmSettings;
import dev.interviewer.testing.InMemoryInterviewStore;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a model configured, an answer costs one model call's wait: the offline grade decides what comes next and
 * the model grades beside the phrasing of the next message. Against WireMock serving OpenAI-style replies: the
 * order of the events on the message stream, each call failing on its own, and no call once the interview is over.
 */
class ParallelGradingIT {
    private static final ObjectMapper JSON = ApiJson.mapper();
    // Covers key point 1 for the keyword grader ("variance"); the model also credits point 2 (the softmax part).
    private static final String ANSWER = "The variance grows with d, and softmax gets very peaked.";
    private static final String VERDICT = "{\"score\": 7, \"covered\": [{\"number\": 1, \"quote\": "
            + "\"The variance grows with d\"}, {\"number\": 2, \"quote\": \"softmax gets very peaked\"}], "
            + "\"pitfalls\": [], \"feedback\": \"Variance and saturation covered; the fix is missing.\"}";
    private static final String PHRASED = "Okay. What happens to the gradients then?";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final WireMockServer model = new WireMockServer(options().dynamicPort());
    private LlmInterviewer interviewer;
    private InterviewService service;

    @BeforeEach
    void start() {
        model.start();
        LlmSettings settings = new LlmSettings("sk-test", model.baseUrl() + "/v1", "m", Duration.ofSeconds(5));
        ChatModels models = new ChatModels(settings);
        interviewer = new LlmInterviewer(models.streaming(), Duration.ofSeconds(5), Duration.ofSeconds(5));
        service = InterviewService.builder(() -> Fixtures.knowledge(Fixtures.attention(),
                        Fixtures.card("lora", "Finetuning", 1, 2, 1)), new KeywordGrader(), new InMemoryInterviewStore())
                .interviewer(interviewer).modelGrader(LlmGrader.of(models.structured(false)), Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stop() {
        interviewer.close();
        model.stop();
    }

    @Test
    void theAnswerReturnsAtOnceAndTheGradeEventFollowsTheFirstTokenWhenTheGradeIsSlower() throws Exception {
        phrasing(stream(PHRASED), 0);
        grading(completion(VERDICT), 1500);
        test((base, id) -> {
            long sent = System.nanoTime();
            JsonNode answered = post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            double answerMillis = (System.nanoTime() - sent) / 1e6;
            assertThat(answerMillis).as("the answer waits for no model call").isLessThan(1000);
            assertThat(answered.path("gradePending").asBoolean()).isTrue();
            assertThat(answered.at("/grade/engine").asText()).isEqualTo("offline");
            assertThat(answered.at("/next/kind").asText()).isEqualTo("follow-up");

            List<Event> events = events(base + "/" + id + "/events");
            assertThat(names(events)).containsSubsequence("token", "done", "grade");
            assertThat(names(events).indexOf("token")).isLessThan(names(events).indexOf("grade"));
            JsonNode done = event(events, "done");
            assertThat(done.path("text").asText()).isEqualTo(PHRASED);
            assertThat(done.path("gradeToFollow").asBoolean()).isTrue();
            JsonNode grade = event(events, "grade");
            assertThat(grade.path("turn").asInt()).isZero();
            assertThat(grade.at("/grade/engine").asText()).isEqualTo("llm");
            assertThat(grade.at("/grade/score").asDouble()).isEqualTo(7.0);
            assertThat(grade.path("questionScore").asDouble()).isEqualTo(7.0);

            JsonNode stored = get(base + "/" + id).at("/turns/0");
            assertThat(stored.at("/grade/engine").asText()).isEqualTo("llm");
            assertThat(stored.at("/gradingUsage/input").asLong()).isEqualTo(120);
            assertThat(modelCalls()).hasSize(3); // the opening's phrasing, then the grade and the follow-up's
        });
    }

    @Test
    void aGradeFasterThanThePhrasingComesBeforeTheFirstToken() throws Exception {
        phrasing(stream(PHRASED), 1200);
        grading(completion(VERDICT), 0);
        test((base, id) -> {
            post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            List<String> names = names(events(base + "/" + id + "/events"));
            assertThat(names.indexOf("grade")).isLessThan(names.indexOf("token"));
            assertThat(names.get(names.size() - 1)).isEqualTo("done");
        });
    }

    @Test
    void aFailedGradeLeavesTheOfflineGradeFlaggedAndThePhrasingGoesOn() throws Exception {
        phrasing(stream(PHRASED), 0);
        grading(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}"), 300);
        test((base, id) -> {
            post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            List<Event> events = events(base + "/" + id + "/events");
            assertThat(event(events, "done").path("text").asText()).isEqualTo(PHRASED);
            JsonNode grade = event(events, "grade");
            assertThat(grade.at("/grade/engine").asText()).isEqualTo("offline");
            assertThat(grade.at("/grade/fallback").asBoolean()).isTrue();
            assertThat(get(base + "/" + id).at("/turns/0/grade/fallback").asBoolean()).isTrue();
        });
    }

    @Test
    void aFailedPhrasingFallsBackToTheOfflineWordsAndTheModelGradeStillArrives() throws Exception {
        phrasing(aResponse().withStatus(503), 0);
        grading(completion(VERDICT), 300);
        test((base, id) -> {
            post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            List<Event> events = events(base + "/" + id + "/events");
            JsonNode done = event(events, "done");
            assertThat(done.path("fallback").asBoolean()).isTrue();
            assertThat(done.path("engine").asText()).isEqualTo("offline");
            assertThat(event(events, "grade").at("/grade/engine").asText()).isEqualTo("llm");
        });
    }

    @Test
    void theLastAnswerIsGradedByTheModelBeforeTheEndAndNothingIsCalledAfterIt() throws Exception {
        phrasing(stream(PHRASED), 0);
        grading(completion(VERDICT), 200);
        test("{\"questions\":1,\"followUps\":0,\"language\":\"en\"}", (base, id) -> {
            int before = modelCalls().size();
            JsonNode answered = post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            assertThat(answered.path("state").asText()).isEqualTo("finished");
            assertThat(answered.path("gradePending").asBoolean()).isFalse();
            assertThat(answered.at("/grade/engine").asText()).isEqualTo("llm");
            List<LoggedRequest> after = modelCalls().subList(before, modelCalls().size());
            assertThat(after).hasSize(1);
            assertThat(after.get(0).getBodyAsString()).doesNotContain("\"stream\" : true", "\"stream\":true");

            get(base + "/" + id + "/report");
            events(base + "/" + id + "/events");
            Thread.sleep(300);
            assertThat(modelCalls()).hasSize(before + 1);
        });
    }

    @Test
    void endingWhileAGradeIsOnItsWayWaitsForItAndCallsNothingAfterwards() throws Exception {
        phrasing(stream(PHRASED), 0);
        grading(completion(VERDICT), 800);
        test("{\"questions\":2,\"followUps\":0,\"language\":\"en\"}", (base, id) -> {
            post(base + "/" + id + "/answers", "{\"text\":\"" + ANSWER + "\"}");
            JsonNode ended = post(base + "/" + id + "/commands", "{\"command\":\"end\"}");
            assertThat(ended.at("/report/questions/0/turns/0/feedback").asText()).startsWith("Variance and saturation");
            assertThat(ended.at("/report/score").asDouble()).isEqualTo(7.0);
            int calls = modelCalls().size();
            Thread.sleep(500);
            get(base + "/" + id + "/report");
            assertThat(modelCalls()).hasSize(calls);
        });
    }

    // --- the endpoint and the app ---

    private void phrasing(ResponseDefinitionBuilder response, int delayMillis) {
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(response.withFixedDelay(delayMillis)));
    }

    private void grading(ResponseDefinitionBuilder response, int delayMillis) {
        model.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(response.withFixedDelay(delayMillis)));
    }

    private List<LoggedRequest> modelCalls() {
        return model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
    }

    private static ResponseDefinitionBuilder completion(String content) {
        ObjectNode body = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1)
                .put("model", "m");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 40).put("total_tokens", 160);
        return okJson(body.toString());
    }

    private static ResponseDefinitionBuilder stream(String text) {
        StringBuilder body = new StringBuilder();
        for (String piece : text.split("(?<= )")) {
            body.append(chunk("{\"content\":\"" + piece + "\"}", "null"));
        }
        body.append(chunk("{}", "\"stop\"")).append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
    }

    private static String chunk(String delta, String finish) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}\n\n";
    }

    /** A test body given the interviews URL and a started interview whose opening is phrased. */
    private interface Body {
        void run(String base, String id) throws Exception;
    }

    private void test(Body body) {
        test("{\"questions\":2,\"followUps\":1,\"language\":\"en\"}", body);
    }

    private void test(String config, Body body) {
        JavalinTest.test(WebServer.create(WebSettings.local(), List.of(new InterviewController(service),
                new ReportController(service))), (server, client) -> {
                    String base = "http://localhost:" + server.port() + "/api/interviews";
                    String id = post(base, config).path("id").asText();
                    service.currentMessage(id).await(Duration.ofSeconds(10));
                    body.run(base, id);
                });
    }

    private JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isLessThan(300);
        return JSON.readTree(r.body());
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** One server-sent event. */
    private record Event(String name, JsonNode data) {
    }

    /** Every event of the stream, in order, until the server closes it. */
    private List<Event> events(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(15)).build();
        List<Event> events = new ArrayList<>();
        try (Stream<String> lines = http.send(request, HttpResponse.BodyHandlers.ofLines()).body()) {
            String name = "";
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    events.add(new Event(name, JSON.readTree(line.substring(5).strip())));
                }
            }
        }
        return events;
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    private static JsonNode event(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().map(Event::data)
                .orElseThrow(() -> new AssertionError("no " + name + " event in " + names(events)));
    }
}
