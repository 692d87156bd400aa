package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.enrich.AnnotationFiles;
import dev.interviewer.enrich.CardSuggestions;
import dev.interviewer.enrich.ReviewQueue;
import dev.interviewer.enrich.ReviewService;
import dev.interviewer.enrich.Suggestion;
import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue over HTTP: list, read, accept, edit, reject and accept all, with the errors a client can make. */
class SuggestionApiIT {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final String CARD = "inference/kv-cache";

    @TempDir
    Path notes;
    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private Supplier<KnowledgeBase> knowledge;
    private ReviewService review;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(notes.resolve("inference.md"), "# 推理\n\n## KV cache\n\nKV cache 缓存已经算过的 key 和 value。\n");
        ReviewQueue queue = new ReviewQueue(data.resolve("suggestions"));
        queue.save(new CardSuggestions(CARD, "inference.md", "KV cache", CardSuggestions.Placement.SIDECAR,
                Instant.EPOCH, "m", List.of(
                        new Suggestion("kp1", Kind.KEY_POINT, "缓存已算过的 key 和 value", "caches keys and values", 3, "",
                                "", "KV cache 缓存已经算过的 key 和 value", Status.PENDING),
                        new Suggestion("kp2", Kind.KEY_POINT, "新 token 只算自己的 query", "", 1, "", "", "",
                                Status.PENDING),
                        new Suggestion("pf1", Kind.PITFALL, "KV cache 不占显存", "it costs no memory", 0, "显存随长度增长",
                                "", "", Status.PENDING),
                        new Suggestion("tag1", Kind.TAG, "inference", "", 0, "", "", "", Status.PENDING)),
                List.of(new CardSuggestions.Rejected(Kind.KEY_POINT, "由 Google 提出", "not supported by the note")),
                new TokenUsage(900, 300), ""));
        knowledge = () -> new NotesLoader().load(notes);
        review = new ReviewService(queue, knowledge, new AnnotationFiles(notes));
    }

    private interface Api {
        void run(String origin) throws Exception;
    }

    private void withServer(Api test) {
        JavalinTest.test(WebServer.create(WebSettings.local(), List.of(new SuggestionController(review),
                new CardController(knowledge))), (server, client) -> test.run("http://localhost:" + server.port()));
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String status(JsonNode suggestions, String id) {
        for (JsonNode item : suggestions.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item.path("status").asText();
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void listsReadsAndDecidesAndTheAcceptedItemsReachTheCard() {
        withServer(origin -> {
            String card = origin + "/api/suggestions/" + CARD;
            JsonNode list = ok(send("GET", origin + "/api/suggestions", null));
            assertThat(list.at("/cards/0/cardId").asText()).isEqualTo(CARD);
            assertThat(list.at("/cards/0/pending").asInt()).isEqualTo(4);

            JsonNode read = ok(send("GET", card, null));
            assertThat(read.at("/items/0/kind").asText()).isEqualTo("key-point");
            assertThat(read.at("/rejected/0/reason").asText()).isEqualTo("not supported by the note");

            assertThat(status(ok(send("POST", card, "{\"action\":\"accept\",\"item\":\"kp1\"}")), "kp1"))
                    .isEqualTo("accepted");
            JsonNode edited = ok(send("POST", card, "{\"action\":\"edit\",\"item\":\"kp2\",\"text\":\"新 token 只计算自己的"
                    + " query、key、value\",\"english\":\"a new token computes only its own\",\"weight\":2}"));
            assertThat(edited.at("/items/1/text").asText()).isEqualTo("新 token 只计算自己的 query、key、value");
            assertThat(edited.at("/items/1/weight").asDouble()).isEqualTo(2.0);
            assertThat(status(ok(send("POST", card, "{\"action\":\"reject\",\"item\":\"pf1\"}")), "pf1"))
                    .isEqualTo("rejected");
            JsonNode all = ok(send("POST", card, "{\"action\":\"accept-all\"}"));
            assertThat(status(all, "tag1")).isEqualTo("accepted");
            assertThat(status(all, "pf1")).isEqualTo("rejected");

            JsonNode kv = ok(send("GET", origin + "/api/cards/" + CARD, null));
            assertThat(kv.at("/keyPoints/0/text").asText()).isEqualTo("缓存已算过的 key 和 value");
            assertThat(kv.at("/keyPoints/1/weight").asDouble()).isEqualTo(2.0);
            assertThat(kv.path("pitfalls")).isEmpty();
            assertThat(kv.path("tags").toString()).contains("inference");
            assertThat(Files.readString(notes.resolve("inference.annotations.md"))).contains("## " + CARD);
        });
    }

    @Test
    void badRequestsGetAClearStatusAndMessage() {
        withServer(origin -> {
            String card = origin + "/api/suggestions/" + CARD;
            expect(send("POST", card, ""), 400, "JSON body");
            expect(send("POST", card, "{\"action\":"), 400, "malformed JSON");
            expect(send("POST", card, "{\"item\":\"kp1\"}"), 400, "action is required");
            expect(send("POST", card, "{\"action\":\"approve\",\"item\":\"kp1\"}"), 400, "approve");
            expect(send("POST", card, "{\"action\":\"accept\"}"), 400, "item is required");
            expect(send("POST", card, "{\"action\":\"edit\",\"item\":\"kp1\",\"weight\":7}"), 400, "1-3");
            expect(send("POST", card, "{\"action\":\"edit\",\"item\":\"kp1\",\"text\":\"  \"}"), 400, "cannot be empty");
            expect(send("POST", card, "{\"action\":\"accept\",\"item\":\"kp9\"}"), 404, "kp9");
            expect(send("GET", origin + "/api/suggestions/inference/nope", null), 404, "inference/nope");
            ok(send("POST", card, "{\"action\":\"accept\",\"item\":\"kp1\"}"));
            expect(send("POST", card, "{\"action\":\"reject\",\"item\":\"kp1\"}"), 409, "already written");
        });
    }

    private static void expect(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains(message);
    }
}
