package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.HistoryService;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.review.Fsrs;
import dev.interviewer.store.Database;
import dev.interviewer.store.SqliteInterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History and the Markdown report over HTTP, on the SQLite store, including cards that left the notes. */
class HistoryApiTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Card attention = Fixtures.attention();
    private final AtomicReference<KnowledgeBase> notes = new AtomicReference<>(Fixtures.knowledge(attention));

    @TempDir
    Path dir;

    private Database db;
    private InterviewService service;
    private HistoryService history;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("interviewer.db"));
        SqliteInterviewStore store = new SqliteInterviewStore(db, id -> notes.get().card(id).map(CardSnapshot::of));
        SqliteReviewSchedule schedule = new SqliteReviewSchedule(db, Fsrs.withRetention(0.9));
        service = InterviewService.builder(notes::get, new KeywordGrader(), store).schedule(schedule).build();
        history = new HistoryService(store, schedule::summary, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private interface Api {
        void run(String origin) throws Exception;
    }

    private void withServer(Api test) {
        List<Controller> controllers = List.of(new InterviewController(service),
                new ReportController(service), new HistoryController(history));
        JavalinTest.test(WebServer.create(WebSettings.local(), controllers),
                (server, client) -> test.run("http://localhost:" + server.port()));
    }

    private HttpResponse<String> get(String origin, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode post(String origin, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private String finishedInterview(String origin) throws Exception {
        String id = post(origin, "/api/interviews", "{\"questions\": 1, \"followUps\": 0, \"language\": \"en\"}")
                .get("id").asText();
        post(origin, "/api/interviews/" + id + "/answers", "{\"text\": \"the variance grows; unit scale\"}");
        return id;
    }

    @Test
    void listsInterviewsNewestFirstWithTheReviewSummary() {
        withServer(origin -> {
            String first = finishedInterview(origin);
            String second = post(origin, "/api/interviews", "{\"questions\": 1}").get("id").asText();

            HttpResponse<String> response = get(origin, "/api/history");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("interviews")).hasSize(2);
            JsonNode done = body.get("interviews").get(1);
            assertThat(body.get("interviews").get(0).get("id").asText()).isEqualTo(second);
            assertThat(done.get("id").asText()).isEqualTo(first);
            assertThat(done.get("status").asText()).isEqualTo("finished");
            assertThat(done.get("score").asDouble()).isEqualTo(6.3);
            assertThat(done.get("questions").asInt()).isEqualTo(1);
            assertThat(done.get("createdAt").asText()).isNotBlank();
            assertThat(body.get("review").get("tracked").asInt()).isEqualTo(1);
            assertThat(body.get("review").get("due").asInt()).isZero();
            assertThat(body.get("review").get("weak").asInt()).isEqualTo(1);
        });
    }

    @Test
    void exportsTheReportAsMarkdownEvenAfterTheCardLeftTheNotes() {
        withServer(origin -> {
            String id = finishedInterview(origin);
            notes.set(Fixtures.knowledge(Fixtures.card("other", "Other", 1, 1)));

            HttpResponse<String> md = get(origin, "/api/interviews/" + id + "/report.md");
            assertThat(md.statusCode()).isEqualTo(200);
            assertThat(md.headers().firstValue("Content-Type")).get().asString().startsWith("text/markdown");
            assertThat(md.body()).startsWith("# Interview report")
                    .contains("### 1. Attention scaling — 6.3 / 10", "`transformer.md#Attention scaling`",
                            "> the variance grows; unit scale", attention.reference())
                    .contains("- ✗ logits 过大使 softmax 饱和、梯度消失");

            JsonNode json = JSON.readTree(get(origin, "/api/interviews/" + id + "/report").body());
            assertThat(json.get("questions").get(0).get("title").asText()).isEqualTo("Attention scaling");
            assertThat(JSON.readTree(get(origin, "/api/history").body()).get("interviews")).hasSize(1);
        });
    }

    @Test
    void answersAnUnknownInterviewWithA404() {
        withServer(origin -> {
            HttpResponse<String> response = get(origin, "/api/interviews/nope/report.md");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("error").asText()).contains("nope");
        });
    }
}
