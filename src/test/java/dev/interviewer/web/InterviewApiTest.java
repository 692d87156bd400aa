package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.InMemoryInterviewStore;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The interview API end to end over HTTP, with the offline interviewer and a keyword grader. */
class InterviewApiTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private final KnowledgeBase kb = Fixtures.sixCards();
    private final KeywordGrader grader = new KeywordGrader();
    private final InterviewService service = InterviewService.builder(() -> kb, grader,
            new InMemoryInterviewStore()).seeds(() -> 5L).build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Reply(int status, JsonNode json, String raw) {
    }

    private interface Api {
        void run(String origin) throws Exception;
    }

    private void withServer(Api test) {
        WebSettings config = WebSettings.local();
        JavalinTest.test(WebServer.create(config, List.of(new InterviewController(service))),
                (server, client) -> test.run("http://localhost:" + server.port()));
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        JsonNode json = body.isEmpty() || !body.trim().startsWith("{") && !body.trim().startsWith("[") ? null
                : JSON.readTree(body);
        return new Reply(response.statusCode(), json, body);
    }

    private Reply post(String origin, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply get(String origin, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    private Reply events(String origin, String id) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(origin + "/api/interviews/" + id + "/events"))
                .header("Accept", "text/event-stream").GET());
    }

    private static String body(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    private String strongAnswer(JsonNode transcript) {
        JsonNode turns = transcript.get("turns");
        String cardId = turns.get(turns.size() - 1).get("cardId").asText();
        return kb.card(cardId).orElseThrow().keyPoints().stream().map(KeyPoint::english)
                .collect(Collectors.joining(" "));
    }

    @Test
    void runsAFiveQuestionInterviewWithFollowUpsToItsReport() {
        withServer(origin -> {
            Reply created = post(origin, "/api/interviews",
                    "{\"topics\":[],\"questions\":5,\"followUps\":1,\"language\":\"zh\",\"mode\":\"interview\"}");
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(id).matches("[0-9a-f]{32}");
            assertThat(created.json().at("/message/kind").asText()).isEqualTo("question");
            assertThat(created.json().at("/message/text").asText()).contains("第 1/5 题");

            List<String> kinds = new ArrayList<>();
            boolean vague = true;
            String kind = "question";
            while (!kind.equals("end")) {
                Reply transcript = get(origin, "/api/interviews/" + id);
                String answer = vague && kind.equals("question") ? "I am not sure" : strongAnswer(transcript.json());
                vague = !vague;
                Reply answered = post(origin, "/api/interviews/" + id + "/answers", body(new Text(answer)));
                assertThat(answered.status()).isEqualTo(200);
                assertThat(answered.json().at("/grade/score").isNumber()).isTrue();
                kind = answered.json().at("/next/kind").asText();
                assertThat(answered.json().at("/next/text").asText()).isNotBlank();
                kinds.add(kind);
            }
            assertThat(kinds).contains("follow-up");
            assertThat(kinds.stream().filter("question"::equals).count()).isEqualTo(4);

            Reply report = get(origin, "/api/interviews/" + id + "/report");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().get("status").asText()).isEqualTo("finished");
            assertThat(report.json().get("questions")).hasSize(5);
            assertThat(report.json().get("questionsScored").asInt()).isEqualTo(5);
            assertThat(report.json().get("score").asDouble()).isBetween(0.0, 10.0);
            assertThat(report.json().at("/questions/0/reference").asText()).isNotBlank();

            Reply transcript = get(origin, "/api/interviews/" + id);
            assertThat(transcript.json().get("state").asText()).isEqualTo("finished");
            assertThat(transcript.json().get("turns")).hasSizeGreaterThan(5);

            Reply finalEvents = events(origin, id);
            assertThat(finalEvents.raw()).contains("event: done").contains("\"kind\":\"end\"");

            Reply late = post(origin, "/api/interviews/" + id + "/answers", body(new Text("more")));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("error").asText()).contains("finished");

            Reply history = get(origin, "/api/interviews");
            assertThat(history.json()).hasSize(1);
        });
    }

    @Test
    void streamsTheCurrentMessageAsServerSentEvents() {
        withServer(origin -> {
            Reply created = post(origin, "/api/interviews", "{\"questions\":2}");
            String id = created.json().get("id").asText();

            Reply sse = events(origin, id);

            assertThat(sse.status()).isEqualTo(200);
            String raw = sse.raw();
            assertThat(raw).contains("event: token").contains("event: done");
            assertThat(raw.indexOf("event: token")).isLessThan(raw.indexOf("event: done"));
            String doneData = raw.substring(raw.indexOf("event: done")).lines()
                    .filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5).trim();
            JsonNode done = JSON.readTree(doneData);
            assertThat(done.get("text").asText()).isEqualTo(created.json().at("/message/text").asText());
            assertThat(done.get("kind").asText()).isEqualTo("question");
            assertThat(done.get("fallback").asBoolean()).isFalse();
        });
    }

    @Test
    void commandsHintRepeatSkipAndEnd() {
        withServer(origin -> {
            Reply created = post(origin, "/api/interviews", "{\"questions\":3,\"language\":\"en\"}");
            String id = created.json().get("id").asText();
            String path = "/api/interviews/" + id + "/commands";

            Reply hint = post(origin, path, "{\"command\":\"hint\"}");
            assertThat(hint.json().path("command").asText()).isEqualTo("hint");
            assertThat(hint.json().path("state").asText()).isEqualTo("asking");
            assertThat(hint.json().at("/message/kind").asText()).isEqualTo("hint");
            assertThat(hint.json().at("/message/text").asText()).contains("half credit");
            assertThat(hint.json().has("report")).isFalse();

            Reply repeat = post(origin, path, "{\"command\":\"repeat\"}");
            assertThat(repeat.json().path("command").asText()).isEqualTo("repeat");
            assertThat(repeat.json().fieldNames().next()).isEqualTo("command");
            assertThat(repeat.json().at("/message/text").asText())
                    .isEqualTo(created.json().at("/message/text").asText());

            Reply skip = post(origin, path, "{\"command\":\"skip\"}");
            assertThat(skip.json().path("command").asText()).isEqualTo("skip");
            assertThat(skip.json().at("/grade/score").asDouble()).isZero();
            assertThat(skip.json().at("/grade/engine").asText()).isEqualTo("offline");
            assertThat(skip.json().at("/reference/text").asText()).isNotBlank();
            assertThat(skip.json().at("/next/kind").asText()).isEqualTo("question");
            assertThat(skip.json().at("/next/text").asText()).contains("Question 2 of 3");

            Reply end = post(origin, path, "{\"command\":\"END\"}");
            assertThat(end.json().path("command").asText()).isEqualTo("end");
            assertThat(end.json().has("message")).isFalse();
            assertThat(end.json().at("/next/kind").asText()).isEqualTo("end");
            assertThat(end.json().at("/report/status").asText()).isEqualTo("ended");
            assertThat(end.json().at("/report/questionsScored").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aDraftIsReadAheadForTheOpenTurnAndNotStored() {
        withServer(origin -> {
            String id = post(origin, "/api/interviews", "{\"questions\":1,\"followUps\":0}").json().get("id").asText();
            String draft = "/api/interviews/" + id + "/draft";

            assertThat(post(origin, draft, body(new Text("  LoRA freezes the weights,  "))).status()).isEqualTo(202);
            assertThat(post(origin, draft, body(new Text("   "))).status()).isEqualTo(202);
            assertThat(grader.drafts).containsExactly("LoRA freezes the weights,");
            assertThat(get(origin, "/api/interviews/" + id).json().at("/turns/0/answer").asText()).isEmpty();

            assertError(post(origin, "/api/interviews/" + "0".repeat(32) + "/draft", body(new Text("x"))), 404,
                    "no interview");
            assertError(post(origin, draft, body(new Text("x".repeat(8001)))), 413, "8000");
            assertError(post(origin, draft, "{\"text\": "), 400, "JSON");
            post(origin, "/api/interviews/" + id + "/answers", body(new Text("LoRA freezes the weights")));
            assertError(post(origin, draft, body(new Text("more"))), 409, "finished");
            assertThat(grader.drafts).hasSize(1);
        });
    }

    @Test
    void answersErrorsWithAStatusAndAMessage() {
        withServer(origin -> {
            String id = post(origin, "/api/interviews", "{}").json().get("id").asText();
            String answers = "/api/interviews/" + id + "/answers";

            assertError(get(origin, "/api/interviews/" + "0".repeat(32)), 404, "no interview");
            assertError(post(origin, "/api/interviews/nope/answers", body(new Text("x"))), 404, "no interview");
            assertError(post(origin, answers, body(new Text("   "))), 400, "empty");
            assertError(post(origin, answers, "{}"), 400, "empty");
            assertError(post(origin, answers, body(new Text("x".repeat(8001)))), 413, "8000");
            assertError(post(origin, answers, "{\"text\": "), 400, "JSON");
            assertError(post(origin, answers, ""), 400, "JSON body");
            assertError(post(origin, "/api/interviews/" + id + "/commands", "{\"command\":\"dance\"}"), 400,
                    "skip, hint, repeat or end");
            assertError(post(origin, "/api/interviews", "{\"questions\":25}"), 400, "questions must be 1-20");
            assertError(post(origin, "/api/interviews", "{\"language\":\"fr\"}"), 400, "language");
            assertError(post(origin, "/api/interviews", "{\"topics\":[\"quantum\"]}"), 400, "quantum");
            assertError(get(origin, "/api/interviews/" + id + "/events"), 406, "text/event-stream");
            assertError(get(origin, "/api/interviews/" + "f".repeat(32) + "/report"), 404, "no interview");

            Reply transcript = get(origin, "/api/interviews/" + id);
            assertThat(transcript.json().get("turns")).hasSize(1);
            assertThat(transcript.json().at("/turns/0/answer").asText()).isEmpty();
        });
    }

    private static void assertError(Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).contains(message);
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private record Text(String text) {
    }
}
