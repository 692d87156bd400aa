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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The whole app started in this JVM on a free port, returned once its search works; see {@link SharedApp}. */
final class RunningApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final App app;
    private final Server server;

    private RunningApp(App app, Server server) {
        this.app = app;
        this.server = server;
    }

    static RunningApp start(AppConfig config, Duration readyWithin) {
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

    // The server says it is ready once the index is built and one search has loaded the model.
    private void awaitReady(Duration within) {
        try {
            server.ready().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while the app got ready", e);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("the app was not ready within " + within, e);
        }
    }

    @Override
    public void close() {
        server.stop();
        app.close();
    }
}
