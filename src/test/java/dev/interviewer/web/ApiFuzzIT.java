package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.testing.SharedApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random and hostile bodies against every JSON endpoint of the running app: never a 5xx, every 4xx a
 * {@code {"error": "..."}} body, and the server still healthy and working afterwards.
 */
class ApiFuzzIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int RANDOM_BODIES = 60;

    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    private static HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        return HTTP.send(request(path, body, contentType), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path, byte[] body, String contentType) {
        return HttpRequest.newBuilder(URI.create(APP.origin() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    // Jetty closes the connection after refusing an odd path; a pooled connection reused after that reads nothing
    // ("header parser received no bytes"), so these requests each get a client of their own.
    private static HttpResponse<String> postOnFreshConnection(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(request(path, body.getBytes(StandardCharsets.UTF_8),
                "application/json"), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String newInterview() throws Exception {
        HttpResponse<String> r = post("/api/interviews", "{\"questions\": 20, \"followUps\": 3}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asText();
    }

    /** Bodies a person or a broken client could send, chosen by hand. */
    static List<String> hostileBodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "", " ", "null", "[]", "{}", "\"text\"", "42", "true", "{", "}", "{\"a\":", "{} trailing",
                "\uFEFF{}", "{\"text\": \"a\", \"text\": \"b\"}",
                "[".repeat(100_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000),
                "{\"text\": " + "9".repeat(5000) + "}", "{\"questions\": 1e999999}", "{\"questions\": -1e400}",
                "{\"questions\": 99999999999999999999999}", "{\"questions\": 3.5}", "{\"questions\": \"five\"}",
                "{\"questions\": -1}", "{\"questions\": 0}", "{\"level\": 99}", "{\"followUps\": 99}",
                "{\"topics\": 5}", "{\"topics\": [null, 1, {}]}", "{\"topics\": \"rlhf\"}", "{\"language\": \"xx\"}",
                "{\"language\": 7}", "{\"mode\": \"nonsense\"}", "{\"mode\": null}",
                "{\"text\": null}", "{\"text\": {}}", "{\"text\": []}", "{\"text\": 12}", "{\"text\": \"\"}",
                "{\"text\": \"\\ud800\"}", "{\"text\": \"\\u0000\\u0001\\u202e\\u200b😀\"}",
                "{\"text\": \"<script>alert(1)</script>{{question}}\"}",
                "{\"command\": \"rm -rf /\"}", "{\"command\": null}", "{\"command\": 3}",
                "{\"query\": \"\"}", "{\"query\": null, \"top\": 0}", "{\"query\": \"x\", \"top\": 100000}",
                "{\"query\": \"x\", \"top\": \"a\"}", "{\"query\": \"x\", \"top\": -5}", "{\"query\": {}}",
                "{\"query\": \"" + "注意力".repeat(3000) + "\"}", "{\"query\": \"x\", \"topic\": [1]}",
                "{\"question\": null, \"answer\": null}", "{\"question\": \"q\", \"answer\": 5}",
                "{\"question\": \"" + "q".repeat(5000) + "\", \"answer\": \"a\"}",
                "{\"question\": \"\\ud800\", \"answer\": \"\\udfff\"}"));
        return bodies;
    }

    /** Random bytes, and valid bodies with random characters flipped. */
    static List<byte[]> randomBodies(Random random) {
        List<byte[]> bodies = new ArrayList<>();
        String[] valid = {"{\"text\": \"注意力除以根号d是为了让方差回到1\"}", "{\"questions\": 2, \"topics\": [\"rlhf\"]}",
                "{\"query\": \"PPO clip\", \"top\": 3}", "{\"question\": \"什么是 KV cache\", \"answer\": \"缓存 K 和 V\"}",
                "{\"command\": \"hint\"}"};
        for (int i = 0; i < RANDOM_BODIES; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            bodies.add(bytes);
            char[] chars = valid[i % valid.length].toCharArray();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
            }
            bodies.add(new String(chars).getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static void assertWellBehaved(String path, HttpResponse<String> r, String sent) throws Exception {
        String what = "POST " + path + " with " + abbreviate(sent) + " -> " + r.statusCode() + " " + abbreviate(r.body());
        assertThat(r.statusCode()).as(what).isLessThan(500);
        if (r.statusCode() >= 400) {
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.isObject() && body.path("error").isTextual() && !body.path("error").asText().isBlank())
                    .as(what).isTrue();
            assertThat(r.body()).as(what).doesNotContain("\tat ", "Exception:");
        }
    }

    /** Healthy, and a normal answer is still graded. */
    private static void assertStillWorks() throws Exception {
        assertThat(APP.healthy()).isTrue();
        String id = newInterview();
        HttpResponse<String> r = post("/api/interviews/" + id + "/answers",
                "{\"text\": \"点积的方差随维度增大，softmax 饱和，梯度变小，所以除以根号 d。\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("grade").path("score").isNumber()).isTrue();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…(" + s.length() + " chars)";
    }

    private static List<String> endpoints(String id) {
        return List.of("/api/interviews", "/api/interviews/" + id + "/answers", "/api/interviews/" + id + "/commands",
                "/api/grade", "/api/search", "/api/restore",
                "/api/targets");
    }

    @Test
    void hostileBodiesNeverCauseAServerErrorAndEveryClientErrorExplainsItself() throws Exception {
        String id = newInterview();
        for (String body : hostileBodies()) {
            for (String path : endpoints(id)) {
                assertWellBehaved(path, post(path, body), body);
            }
        }
        assertStillWorks();
    }

    @Test
    void randomBytesAndMutatedBodiesNeverCauseAServerError() throws Exception {
        Random random = new Random(20260101);
        String id = newInterview();
        for (byte[] body : randomBodies(random)) {
            for (String path : endpoints(id)) {
                String type = random.nextInt(5) == 0 ? "text/plain" : "application/json";
                assertWellBehaved(path, post(path, body, type), new String(body, StandardCharsets.UTF_8));
            }
        }
        assertStillWorks();
    }

    @Test
    void unknownAndMalformedInterviewIdsAre4xx() throws Exception {
        for (String id : List.of("nope", "0".repeat(32), "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(3000),
                "%E6%B3%A8%E6%84%8F")) {
            for (String suffix : List.of("/answers", "/commands")) {
                String path = "/api/interviews/" + id + suffix;
                HttpResponse<String> r = postOnFreshConnection(path, suffix.equals("/answers")
                        ? "{\"text\": \"hi\"}" : "{\"command\": \"skip\"}");
                assertWellBehaved(path, r, "");
                assertThat(r.statusCode()).isBetween(400, 499);
            }
        }
    }

    @Test
    void anAnswerOf8001CharactersIsRefusedWith413AndNothingIsStored() throws Exception {
        String id = newInterview();
        String tooLong = "{\"text\": \"" + "答".repeat(8001) + "\"}";
        HttpResponse<String> answer = post("/api/interviews/" + id + "/answers", tooLong);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertWellBehaved("answers", answer, "8001 chars");
        HttpResponse<String> grade = post("/api/grade", "{\"question\": \"什么是 KV cache\", \"answer\": \""
                + "答".repeat(8001) + "\"}");
        assertThat(grade.statusCode()).isEqualTo(413);

        HttpRequest get = HttpRequest.newBuilder(URI.create(APP.origin() + "/api/interviews/" + id)).build();
        JsonNode transcript = JSON.readTree(HTTP.send(get, HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode turn : transcript.path("turns")) {
            assertThat(turn.path("answer").asText("")).doesNotContain("答答答");
        }
    }
}
