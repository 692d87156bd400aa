package dev.interviewer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole app in this JVM on the bundled notes, for tests over HTTP and in the browser: started once per
 * configuration and shared by every test class that registers it, on a {@link WarmCache warm embedding cache},
 * ready (index built) before the first test, stopped when the test run ends.
 * <pre>
 * &#64;RegisterExtension
 * static final SharedApp APP = SharedApp.offline();
 * </pre>
 * Tests share its data: they start their own interviews and never assume an empty history.
 */
public final class SharedApp implements BeforeAllCallback {
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final String name;
    private final UnaryOperator<AppConfig.Builder> config;
    private final boolean ownNotes;
    private volatile RunningApp running;

    private SharedApp(String name, UnaryOperator<AppConfig.Builder> config, boolean ownNotes) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.ownNotes = ownNotes;
    }

    /** The offline app with no rate limit (the tests send many answers a minute). */
    public static SharedApp offline() {
        return new SharedApp("offline", b -> b, false);
    }

    /**
     * The offline app on its own copy of the bundled notes (in its data folder), for tests that add notes, such as
     * imports: knowledge/ itself is never written.
     */
    public static SharedApp onOwnNotes(String name) {
        return new SharedApp(name, b -> b, true);
    }

    /** The notes folder the app serves. */
    public Path notes() {
        return app().config().knowledgeDir();
    }

    /** Another configuration, shared under its name; {@code config} adjusts the offline one. */
    public static SharedApp configured(String name, UnaryOperator<AppConfig.Builder> config) {
        return new SharedApp(name, config, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class));
        running = store.getOrComputeIfAbsent(name, key -> Started.start(config, ownNotes), Started.class).app();
    }

    public String origin() {
        return running().origin();
    }

    /** An absolute URL of a path on the app, e.g. {@code url("/#/history")}. */
    public String url(String path) {
        return origin() + path;
    }

    /** The health document, parsed. */
    public JsonNode health() throws IOException, InterruptedException {
        return running().health();
    }

    /** Healthy: /api/health answers with status ok and the index ready. */
    public boolean healthy() {
        try {
            JsonNode health = health();
            return "ok".equals(health.path("status").asText())
                    && "ready".equals(health.path("indexing").path("state").asText("ready"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public App app() {
        return running().app();
    }

    private RunningApp running() {
        if (running == null) {
            throw new IllegalStateException("register SharedApp with @RegisterExtension on a static field");
        }
        return running;
    }

    /** One started app, its data folder, and what stops it: closed by JUnit when the run ends. */
    private record Started(RunningApp app, Path data) implements AutoCloseable {
        static Started start(UnaryOperator<AppConfig.Builder> config, boolean ownNotes) {
            try {
                Path data = Files.createTempDirectory("interviewer-app");
                WarmCache.seed(data);
                Path bundled = Path.of(System.getProperty("interviewer.basedir", ".")).resolve("knowledge");
                Path knowledge = ownNotes ? copy(bundled, data.resolve("notes")) : bundled;
                AppConfig.Builder builder = AppConfig.builder(Map.of()).knowledgeDir(knowledge).dataDir(data)
                        .port(0).rateLimitPerMinute(0);
                return new Started(RunningApp.start(config.apply(builder).build(), READY_WITHIN), data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path copy(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return to;
        }

        @Override
        public void close() {
            app.close();
            WarmCache.keep(data);
            WarmCache.delete(data);
        }
    }
}
