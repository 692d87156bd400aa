package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests that fail before or while their body is read still get a JSON error, never a 5xx or an HTML page. */
class RequestErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stand-in body like the API's request records. */
    record Answer(String text, Integer count) {
    }

    private static Javalin app() {
        Controller answers = routes -> routes.post("/api/interviews/{id}/answers",
                ctx -> ctx.json(ctx.bodyAsClass(Answer.class)));
        return WebServer.create(WebSettings.local().withRateLimit(0), List.of(answers));
    }

    // A new client per request: Jetty closes the connection after refusing a path, and a reused pooled
    // connection then reads nothing ("header parser received no bytes") instead of the next response.
    private static HttpResponse<String> post(String origin, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).path("error").asText()).as(r.body()).isNotBlank();
    }

    @Test
    void aJsonNullBodyIsA400() {
        JavalinTest.test(app(), (server, client) ->
                assertJsonError(post(client.getOrigin(), "/api/interviews/abc/answers", "null"), 400));
    }

    @Test
    void deepNestingAndHugeNumbersAre400s() {
        JavalinTest.test(app(), (server, client) -> {
            assertJsonError(post(client.getOrigin(), "/api/interviews/abc/answers",
                    "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)), 400);
            assertJsonError(post(client.getOrigin(), "/api/interviews/abc/answers", "{\"count\": 1e999999}"), 400);
        });
    }

    @Test
    void oddPathsGetJsonErrors() {
        JavalinTest.test(app(), (server, client) -> {
            for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(3000), "%E6%B3%A8", "a%5Cb")) {
                HttpResponse<String> r = post(client.getOrigin(), "/api/interviews/" + id + "/answers", "{}");
                assertThat(r.statusCode()).as(id + ": " + r.body()).isBetween(200, 499);
                assertThat(r.headers().firstValue("Content-Type")).as(id + ": " + r.body()).get().asString()
                        .contains("json");
                if (r.statusCode() >= 400) {
                    assertJsonError(r, r.statusCode());
                }
            }
        });
    }
}
