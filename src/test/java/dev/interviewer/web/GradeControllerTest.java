package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.grading.AnswerGrading;
import dev.interviewer.grading.Band;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.Grader;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.testing.CardBuilder;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeControllerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Card CARD = CardBuilder.card("basics/norms").file("basics.md").title("LayerNorm 和 RMSNorm")
            .question("LayerNorm 和 RMSNorm 的区别").reference("RMSNorm 不减均值。")
            .keyPoints(List.of(new KeyPoint(1, "RMSNorm 不减均值", "", 1))).build();

    private static Javalin app() {
        Grader grader = request -> Grade.builder(request.answer().isBlank() ? 0 : 6.5,
                request.answer().isBlank() ? Band.EMPTY : Band.PARTIAL).feedback("反馈。").latencyMs(2)
                .card(request.card().id(), true).build();
        AnswerGrading grading = new AnswerGrading(
                q -> q.text().contains("RMSNorm") ? List.of(new SearchHit(CARD.id(), CARD.title(), List.of(),
                        CARD.source(), 0.9, "")) : List.of(),
                () -> new KnowledgeBase(List.of(CARD), List.of()), grader, 0.3);
        return WebServer.create(WebSettings.local(), List.of(new GradeController(grading)));
    }

    private static HttpResponse<String> post(String origin, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/grade"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String question, String answer) throws Exception {
        return JSON.writeValueAsString(Map.of("question", question, "answer", answer));
    }

    @Test
    void aQuestionAndAnswerComeBackAsAGrade() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(), body("RMSNorm 和 LayerNorm 的区别", "不减均值。"));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode grade = JSON.readTree(response.body());
            assertThat(grade.get("score").asDouble()).isEqualTo(6.5);
            assertThat(grade.get("band").asText()).isEqualTo("partial");
            assertThat(grade.get("cardId").asText()).isEqualTo(CARD.id());
            assertThat(grade.get("matched").asBoolean()).isTrue();
            assertThat(grade.has("covered") && grade.has("missed") && grade.has("pitfalls")
                    && grade.has("references") && grade.has("engine") && grade.has("fallback")).isTrue();
        });
    }

    @Test
    void aQuestionNoNoteMatchesIsSaidSo() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(), body("红烧肉怎么做", "先炒糖色。"));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode grade = JSON.readTree(response.body());
            assertThat(grade.get("matched").asBoolean()).isFalse();
            assertThat(grade.get("band").asText()).isEqualTo("off-topic");
        });
    }

    @Test
    void missingFieldsAreA400() {
        JavalinTest.test(app(), (server, client) -> {
            for (String bad : List.of("{\"answer\": \"x\"}", "{\"question\": \"RMSNorm?\"}", "{\"question\": \"\","
                    + " \"answer\": \"x\"}", "{}")) {
                HttpResponse<String> response = post(client.getOrigin(), bad);
                assertThat(response.statusCode()).as(bad).isEqualTo(400);
                assertThat(JSON.readTree(response.body()).get("error").asText()).as(bad).isNotBlank();
            }
        });
    }

    @Test
    void anEmptyAnswerIsGradedNotRefused() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(), body("RMSNorm 是什么", ""));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("band").asText()).isEqualTo("empty");
        });
    }

    @Test
    void anAnswerOverEightThousandCharactersIsA413() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> ok = post(client.getOrigin(), body("RMSNorm?", "均".repeat(8000)));
            assertThat(ok.statusCode()).isEqualTo(200);
            HttpResponse<String> response = post(client.getOrigin(), body("RMSNorm?", "均".repeat(8001)));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).get("error").asText()).contains("8001", "8000");
        });
    }
}
