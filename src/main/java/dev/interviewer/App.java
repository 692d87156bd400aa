package dev.interviewer;

import dev.interviewer.cli.Cli;
import dev.interviewer.grading.Grader;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.Interviewer;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmInterviewer;
import dev.interviewer.store.InMemoryInterviewStore;
import dev.interviewer.store.InMemoryReviewSchedule;
import dev.interviewer.web.CardController;
import dev.interviewer.web.HealthController;
import dev.interviewer.web.InterviewController;
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
    private InterviewService interviews;
    private LlmInterviewer llmInterviewer;

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

    /** The interview use cases, built on first use. */
    public synchronized InterviewService interviews() {
        if (interviews == null) {
            // TODO(store): use the SQLite store and its FSRS schedule once the store branch lands; until then
            // interviews live in memory and are lost when the process stops.
            interviews = InterviewService.builder(this::knowledge, interviewGrader(), new InMemoryInterviewStore())
                    .schedule(new InMemoryReviewSchedule())
                    .interviewer(interviewer())
                    .build();
        }
        return interviews;
    }

    // TODO(lead): return the app's grader here once the grading branch is merged (e.g. `return grader();`).
    // Until then the interview refuses to start rather than grade with something that is not the real grader.
    private Grader interviewGrader() {
        throw new UserException("the interview needs the grader, which is not in this build yet");
    }

    private Interviewer interviewer() {
        if (!config.llm().enabled()) {
            return Interviewer.OFFLINE;
        }
        llmInterviewer = new LlmInterviewer(new ChatModels(config.llm()).streaming(), config.llm().timeout(),
                LlmInterviewer.DEFAULT_IDLE);
        return llmInterviewer;
    }

    /** Starts the HTTP server; the caller stops it with {@link WebServer#stop()}. */
    public WebServer startServer() {
        knowledge();
        createDataFolder();
        HealthController health = new HealthController(this::knowledge, config.llm());
        InterviewController interviewApi = new InterviewController(this::interviews);
        return WebServer.start(config, List.of(health, interviewApi, new TopicsController(this::knowledge),
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
    public synchronized void close() {
        // Components that hold resources (index, store) are closed here as they are added.
        if (llmInterviewer != null) {
            llmInterviewer.close();
        }
    }
}
