package dev.interviewer.web;

import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;

/**
 * One in-process app (real notes, search, grader and interview engine) shared by the browser tests of the UI:
 * started on first use, ready once its index is built, stopped when the test JVM exits.
 */
final class UiServer {
    private static UiServer shared;

    private final Path data;
    private final App app;
    private final App.Server server;

    private UiServer(Path data) {
        this.data = data;
        // The rate limit guards paid model calls; these tests send many answers in a minute on purpose.
        AppConfig config = AppConfig.builder(Map.of()).knowledgeDir(Path.of("knowledge")).dataDir(data).port(0)
                .rateLimitPerMinute(0).build();
        this.app = App.open(config);
        this.server = app.startServer();
    }

    static synchronized UiServer shared() {
        if (shared == null) {
            try {
                shared = new UiServer(Files.createTempDirectory("interviewer-ui"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
            shared.awaitReady(Duration.ofMinutes(3));
        }
        return shared;
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** Waits until /api/health says ok (the search index is built), so the first test does not race it. */
    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/api/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"ok\"")) {
                    return;
                }
                Thread.sleep(250);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("server not ready within " + timeout);
    }

    private void stop() {
        server.stop();
        app.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder left behind is harmless.
        }
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
