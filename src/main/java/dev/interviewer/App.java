package dev.interviewer;

import dev.interviewer.cli.Cli;
import dev.interviewer.grading.AnswerGrading;
import dev.interviewer.grading.CardVectors;
import dev.interviewer.grading.FallbackGrader;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.OfflineGrader;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.Interviewer;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmGrader;
import dev.interviewer.llm.LlmInterviewer;
import dev.interviewer.retrieval.BgeEmbedder;
import dev.interviewer.retrieval.CachedEmbedder;
import dev.interviewer.retrieval.CardIndex;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.HybridSearch;
import dev.interviewer.retrieval.LexicalTerms;
import dev.interviewer.retrieval.LiveIndex;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import dev.interviewer.retrieval.TextEmbedder;
import dev.interviewer.review.Fsrs;
import dev.interviewer.store.CardSnapshot;
import dev.interviewer.store.Database;
import dev.interviewer.store.HistoryService;
import dev.interviewer.store.SqliteInterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import dev.interviewer.store.StoreException;
import dev.interviewer.web.CardController;
import dev.interviewer.web.GradeController;
import dev.interviewer.web.HealthController;
import dev.interviewer.web.HistoryController;
import dev.interviewer.web.InterviewController;
import dev.interviewer.web.ReportController;
import dev.interviewer.web.SearchController;
import dev.interviewer.web.TopicsController;
import dev.interviewer.web.WebServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every component from an {@link AppConfig}. Commands ask it for what they need,
 * so a command that only lints never loads the embedding model.
 */
public final class App implements AutoCloseable {
    private final AppConfig config;
    private KnowledgeBase knowledge;
    private BgeEmbedder model;
    private CachedEmbedder embedder;
    private LiveIndex liveIndex;
    private HybridSearch search;
    private InterviewService interviews;
    private LlmInterviewer llmInterviewer;
    private ChatModels chatModels;
    private Database database;
    private SqliteInterviewStore interviewStore;
    private SqliteReviewSchedule reviewSchedule;
    private CardVectors cardVectors;
    private Grader grader;
    private AnswerGrading answerGrading;

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

    /** The current cards: live (reloaded on edits) once the index is open, else read once. */
    public synchronized KnowledgeBase knowledge() {
        if (liveIndex != null) {
            return liveIndex.get();
        }
        if (knowledge == null) {
            requireFolder();
            knowledge = new NotesLoader().load(config.knowledgeDir());
        }
        return knowledge;
    }

    /**
     * The embedding model behind the on-disk cache ({@code <data>/embeddings}): embed anything that is embedded
     * again and again (key points, pitfalls) through it.
     */
    public synchronized TextEmbedder embedder() {
        if (embedder == null) {
            createDataFolder();
            embedder = new CachedEmbedder(model(), config.dataDir().resolve("embeddings"));
        }
        return embedder;
    }

    /** The notes and their search index; built here (with a progress bar on stderr) unless the server did it. */
    public synchronized LiveIndex liveIndex() {
        if (liveIndex == null) {
            openLiveIndex().build();
        }
        return liveIndex;
    }

    /** Hybrid (BM25 + vector) search over the live index. */
    public synchronized CardSearch search() {
        if (search == null) {
            // Queries go to the model directly: one-off questions would only bloat the on-disk cache.
            search = new HybridSearch(liveIndex().index(), model());
        }
        return search;
    }

    /** The interview use cases, built on first use. */
    public synchronized InterviewService interviews() {
        if (interviews == null) {
            interviews = InterviewService.builder(this::knowledge, interviewGrader(), interviewStore())
                    .schedule(reviewSchedule())
                    .interviewer(interviewer())
                    .build();
        }
        return interviews;
    }

    /** The database at {@code <data>/interviewer.db}, opened and migrated on first use. */
    public synchronized Database database() {
        if (database == null) {
            createDataFolder();
            try {
                database = Database.open(config.dataDir().resolve("interviewer.db"));
            } catch (StoreException e) {
                throw new UserException(e.getMessage());
            }
        }
        return database;
    }

    /** Interviews in SQLite; each turn keeps a snapshot of its card from the notes. */
    public synchronized SqliteInterviewStore interviewStore() {
        if (interviewStore == null) {
            interviewStore = new SqliteInterviewStore(database(), id -> knowledge().card(id).map(CardSnapshot::of));
            interviewStore.backfillSnapshots();
        }
        return interviewStore;
    }

    /** FSRS review state, scheduling for the configured retention. */
    public synchronized SqliteReviewSchedule reviewSchedule() {
        if (reviewSchedule == null) {
            reviewSchedule = new SqliteReviewSchedule(database(), Fsrs.withRetention(config.retention()));
        }
        return reviewSchedule;
    }

    public HistoryService history() {
        return new HistoryService(interviewStore(), reviewSchedule()::summary, Clock.systemUTC());
    }

    private Grader interviewGrader() {
        return grader();
    }

    /** Embeddings and terms of the cards' key points and pitfalls, shared by the graders; computed on first use. */
    public synchronized CardVectors cardVectors() {
        if (cardVectors == null) {
            cardVectors = new CardVectors(embedder(), model(), new LexicalTerms());
        }
        return cardVectors;
    }

    /** The grader: with an LLM endpoint, the LLM with the offline grader as fallback; otherwise offline only. */
    public synchronized Grader grader() {
        if (grader == null) {
            OfflineGrader offline = new OfflineGrader(cardVectors(), this::knowledge);
            grader = config.llm().enabled()
                    ? new FallbackGrader(LlmGrader.of(chatModels().structured()), offline)
                    : offline;
        }
        return grader;
    }

    /** Grades a free-text question and answer: finds the question's card by search, or says none matches. */
    public synchronized AnswerGrading answerGrading() {
        if (answerGrading == null) {
            answerGrading = new AnswerGrading(search(), this::knowledge, grader(), SearchHit.MATCH_THRESHOLD);
        }
        return answerGrading;
    }

    // One instance for the grader and the interviewer: they share its circuit breaker, so a dead endpoint found by
    // one is not called by the other either.
    private synchronized ChatModels chatModels() {
        if (chatModels == null) {
            chatModels = new ChatModels(config.llm());
        }
        return chatModels;
    }

    private Interviewer interviewer() {
        if (!config.llm().enabled()) {
            return Interviewer.OFFLINE;
        }
        llmInterviewer = new LlmInterviewer(chatModels().streaming(), config.llm().timeout(),
                LlmInterviewer.DEFAULT_IDLE);
        return llmInterviewer;
    }

    /** Starts the HTTP server; the caller stops it with {@link WebServer#stop()}. */
    public WebServer startServer() {
        createDataFolder();
        // Open and migrate now, so a database problem stops the start instead of failing the first request.
        database();
        LiveIndex live = openLiveIndex();
        CardSearch cardSearch = search();
        // The page is served at once; /api/health says "indexing" with a percentage until the index is built.
        CompletableFuture<Void> built = live.buildInBackground();
        live.watch();
        HealthController health = new HealthController(this::knowledge, config.llm(), live::progress);
        InterviewController interviewApi = new InterviewController(this::interviews);
        WebServer server = WebServer.start(config, List.of(health, interviewApi,
                new ReportController(this::interviews), new HistoryController(this::history),
                new TopicsController(this::knowledge), new CardController(this::knowledge),
                new SearchController(cardSearch), new GradeController(answerGrading())));
        // Once the index is built and the server listens (so as not to slow its start), one search loads the
        // model and the analyzers' dictionaries and the key points are embedded for grading, so the first real
        // question waits for neither.
        built.thenRunAsync(() -> cardSearch.search(SearchQuery.of("warm-up 预热", 1))).thenRun(this::warmUpGrading);
        return server;
    }

    private synchronized BgeEmbedder model() {
        if (model == null) {
            model = new BgeEmbedder();
        }
        return model;
    }

    private synchronized LiveIndex openLiveIndex() {
        if (liveIndex == null) {
            requireFolder();
            CardIndex index = new CardIndex(embedder(), config.dataDir().resolve("index"));
            liveIndex = new LiveIndex(config.knowledgeDir(), new NotesLoader()::load, index, System.err);
        }
        return liveIndex;
    }

    // Runs on the index's background thread once the cards are indexed.
    private void warmUpGrading() {
        try {
            cardVectors().warmUp(knowledge());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(App.class).warn("grading warm-up failed; vectors are computed on first use", e);
        }
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
        if (database != null) {
            database.close();
        }
        if (liveIndex != null) {
            liveIndex.close();
        }
        if (embedder != null) {
            embedder.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
