package dev.interviewer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.cli.App.Server;
import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The whole app started in this JVM on a free port, returned once its index is built. */
public final class RunningApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final App app;
    private final Server server;

    private RunningApp(App app, Server server) {
        this.app = app;
        this.server = server;
    }

    public static RunningApp start(AppConfig config, Duration readyWithin) {
        App app = App.open(config);
        Server server = app.startServer();
        RunningApp running = new RunningApp(app, server);
        running.awaitReady(readyWithin);
        return running;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    public App app() {
        return app;
    }

    /** The health document, parsed. */
    public JsonNode health() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(origin() + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("health -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Healthy: status ok and, when reported, the index ready. */
    public boolean healthy() {
        try {
            JsonNode health = health();
            JsonNode indexing = health.path("indexing");
            return "ok".equals(health.path("status").asText())
                    && (indexing.isMissingNode() || "ready".equals(indexing.path("state").asText("ready")));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (healthy()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("the app was not ready within " + within);
    }

    @Override
    public void close() {
        server.stop();
        app.close();
    }
}
