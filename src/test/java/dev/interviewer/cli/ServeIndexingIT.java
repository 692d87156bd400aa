package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.testing.ShortLivedJvm;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app serving a notes folder, as a user runs it: the first start reports its indexing progress in
 * /api/health, a restart is healthy again, search answers over HTTP, and a note saved while the server runs is
 * searchable shortly after. Timings are the benchmark's (bench/run); this checks that each step works.
 */
class ServeIndexingIT {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final Path JAR = Path.of(System.getProperty("interviewer.jar", "target/interviewer.jar"));
    // One notes file: enough cards for the first start to report progress, few enough to embed in seconds.
    private static final List<String> NOTES = List.of("basics.md");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process server;

    @TempDir
    Path temp;

    @AfterEach
    void stop() throws InterruptedException {
        stopServer();
    }

    @Test
    void reportsIndexingRestartsSearchesAndPicksUpANewNote() throws Exception {
        Path notes = copyOfSomeBundledNotes();
        Path data = temp.resolve("data");

        List<Integer> percents = new ArrayList<>();
        waitUntilHealthy(start(notes, data), percents);
        assertThat(percents).as("health reports indexing with a percentage during the first start").isNotEmpty();
        stopServer();

        int port = start(notes, data);
        JsonNode health = waitUntilHealthy(port, new ArrayList<>());
        assertThat(health.get("cards").asInt()).isPositive();
        assertThat(search(port, "LayerNorm 和 RMSNorm 的区别").path("hits").path(0).path("id").asText())
                .startsWith("basics/");

        Files.writeString(notes.resolve("added.md"), "# 热加载\n\n## 什么是 Quuxinator 归一化？\n\n"
                + "Quuxinator 归一化是测试热加载用的虚构方法，把激活值投影到单位球面上。\n", StandardCharsets.UTF_8);
        long saved = System.nanoTime();
        while (!search(port, "Quuxinator 归一化").path("hits").path(0).path("id").asText()
                .equals("added/什么是-quuxinator-归一化")) {
            assertThat(seconds(saved)).as("the new note is searchable in time").isLessThan(30);
            Thread.sleep(50);
        }
    }

    private Path copyOfSomeBundledNotes() throws IOException {
        Path copy = temp.resolve("knowledge");
        Files.createDirectories(copy);
        Path bundled = Path.of(System.getProperty("interviewer.basedir", ".")).resolve("knowledge");
        for (String file : NOTES) {
            Files.copy(bundled.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private int start(Path notes, Path data) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(ShortLivedJvm.FLAGS);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", Integer.toString(port), "--knowledge",
                notes.toString(), "--data", data.toString()));
        server = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("server.out").toFile())
                .redirectError(temp.resolve("server.err").toFile())
                .start();
        return port;
    }

    private void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
            server = null;
        }
    }

    private JsonNode waitUntilHealthy(int port, List<Integer> percents) throws Exception {
        long begin = System.nanoTime();
        while (seconds(begin) < 180) {
            assertThat(server.isAlive()).as("the server is running: " + Files.readString(temp.resolve("server.err")))
                    .isTrue();
            JsonNode health = get(port, "/api/health");
            if (health != null && "ok".equals(health.path("status").asText())) {
                return health;
            }
            int percent = health == null ? -1 : health.path("indexing").path("percent").asInt();
            boolean indexing = health != null && "indexing".equals(health.path("status").asText());
            if (indexing && (percents.isEmpty() || percents.get(percents.size() - 1) != percent)) {
                percents.add(percent);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not healthy within 180 s");
    }

    private JsonNode get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode search(int port, String query) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "top", 5));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/search"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("search failed: " + query, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
