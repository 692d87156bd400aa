package dev.interviewer;

import dev.interviewer.cli.Cli;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.web.CardController;
import dev.interviewer.web.HealthController;
import dev.interviewer.web.TopicsController;
import dev.interviewer.web.WebServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The composition root: builds every component from an {@link AppConfig}. Commands ask it for what they need,
 * so a command that only lints never loads the embedding model.
 */
public final class App implements AutoCloseable {
    private final AppConfig config;
    private KnowledgeBase knowledge;

    private App(AppConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }

    public static App open(AppConfig config) {
        return new App(config);
    }

    public AppConfig config() {
        return config;
    }

    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            requireFolder();
            knowledge = new NotesLoader().load(config.knowledgeDir());
        }
        return knowledge;
    }

    /** Starts the HTTP server; the caller stops it with {@link WebServer#stop()}. */
    public WebServer startServer() {
        knowledge();
        createDataFolder();
        HealthController health = new HealthController(this::knowledge, config.llm());
        return WebServer.start(config, List.of(health, new TopicsController(this::knowledge),
                new CardController(this::knowledge)));
    }

    private void requireFolder() {
        if (!Files.isDirectory(config.knowledgeDir())) {
            throw new UserException("knowledge folder not found: " + config.knowledgeDir()
                    + " (run from the project folder or pass --knowledge DIR)");
        }
    }

    private void createDataFolder() {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UserException("cannot create data folder " + config.dataDir() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // Components that hold resources (index, store) are closed here as they are added.
    }
}
