package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.testing.ShortLivedJvm;
import dev.interviewer.testing.WarmCache;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar as a separate process, kills it with SIGKILL right after an answer is accepted (once after the
 * reply, once the moment the answer is committed, before its grade usually is), restarts it on the same data
 * folder each time and checks that nothing sent was lost and that the interview carries on to the end.
 */
class KillAndResumeIT {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> sent = new ArrayList<>();

    @TempDir
    Path dataDir;

    private Process server;
    private int port;
    private Path log;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void losesNoAnswerWhenKilledAndResumesToTheEnd() throws Exception {
        start();
        String id = post("/api/interviews", Map.of("questions", 3, "followUps", 1, "language", "zh")).get("id")
                .asText();

        answer(id);
        kill();
        start();
        assertEverySentAnswerIsStored(id);
        assertThat(historyIds()).contains(id);

        answer(id);
        answerAndKillOnceCommitted(id);
        start();
        assertEverySentAnswerIsStored(id);

        for (int i = 0; i < 10 && !transcript(id).get("status").asText().equals("finished"); i++) {
            answer(id);
        }
        JsonNode finished = transcript(id);
        assertThat(finished.get("status").asText()).isEqualTo("finished");
        assertEverySentAnswerIsStored(id);
        assertThat(finished.get("turns")).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("graded"));

        JsonNode listed = history().get("interviews").get(0);
        assertThat(listed.get("id").asText()).isEqualTo(id);
        assertThat(listed.get("status").asText()).isEqualTo("finished");
        assertThat(listed.get("score").isNumber()).isTrue();
        assertThat(history().get("review").get("tracked").asInt()).isEqualTo(3);
        assertThat(get("/api/interviews/" + id + "/report.md").body()).startsWith("# 面试报告")
                .contains("> " + sent.get(0));
    }

    private void answer(String id) throws Exception {
        String text = nextAnswer();
        JsonNode reply = post("/api/interviews/" + id + "/answers", Map.of("text", text));
        assertThat(reply.has("grade")).as(reply.toString()).isTrue();
        sent.add(text);
    }

    /**
     * Sends an answer and kills the server the moment the answer's row is committed, watching the database from
     * this process (WAL lets another process read while the server writes): usually before its grade is.
     */
    private void answerAndKillOnceCommitted(String id) throws Exception {
        String text = nextAnswer();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                uri("/api/interviews/" + id + "/answers")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String status = waitUntilStored(text);
        kill();
        sent.add(text);
        System.out.println("KillAndResumeIT: killed with the last answer " + status);
        inFlight.handle((response, error) -> null).get(30, TimeUnit.SECONDS);
    }

    private String waitUntilStored(String answer) throws Exception {
        String url = "jdbc:sqlite:" + dataDir.resolve("data/interviewer.db");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement p = c.prepareStatement("SELECT status FROM turns WHERE answer = ?")) {
            p.setString(1, answer);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(2);
            }
        }
        throw new AssertionError("the answer was never stored:\n" + logText());
    }

    private String nextAnswer() {
        return "第" + (sent.size() + 1) + "个回答：梯度裁剪和学习率预热可以让训练更稳定，KV cache 节省重复计算。";
    }

    private void assertEverySentAnswerIsStored(String id) throws Exception {
        List<String> stored = new ArrayList<>();
        transcript(id).get("turns").forEach(t -> {
            if (!t.get("answer").asText().isEmpty()) {
                stored.add(t.get("answer").asText());
            }
        });
        assertThat(stored).as("answers after restart").containsExactlyElementsOf(sent);
    }

    private void start() throws Exception {
        if (!Files.exists(dataDir.resolve("data"))) {
            WarmCache.seed(dataDir.resolve("data"));
        }
        port = freePort();
        log = dataDir.resolve("server-" + port + ".log");
        String jar = System.getProperty("interviewer.jar", "target/interviewer.jar");
        Path knowledge = Path.of(System.getProperty("interviewer.basedir", ".")).resolve("knowledge");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ShortLivedJvm.FLAGS);
        command.addAll(List.of("-jar", jar, "serve", "--port", String.valueOf(port), "--knowledge",
                knowledge.toString(), "--data", dataDir.resolve("data").toString(), "--offline", "--rate-limit", "0"));
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server exited early:\n%s", logText()).isTrue();
            try {
                if (get("/api/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start within " + START_TIMEOUT + ":\n" + logText());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    private void kill() throws InterruptedException {
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(137);
    }

    private JsonNode transcript(String id) throws Exception {
        HttpResponse<String> response = get("/api/interviews/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode history() throws Exception {
        return JSON.readTree(get("/api/history").body());
    }

    private List<String> historyIds() throws Exception {
        List<String> ids = new ArrayList<>();
        history().get("interviews").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode post(String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s -> %s\n%s", path, response.body(), logText()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
