package dev.interviewer.cli;

import dev.interviewer.enrich.AnnotationFiles;
import dev.interviewer.enrich.AnnotationModel;
import dev.interviewer.enrich.Grounding;
import dev.interviewer.enrich.ProposalCheck;
import dev.interviewer.enrich.ReviewQueue;
import dev.interviewer.enrich.ReviewService;
import dev.interviewer.grading.AnswerGrading;
import dev.interviewer.grading.CardVectors;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.FallbackGrader;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.OfflineGrader;
import dev.interviewer.interview.CardChoice;
import dev.interviewer.interview.HistoryService;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.InterviewServiceBuilder;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.HistoryArchive;
import dev.interviewer.interview.target.TargetAnalyzer;
import dev.interviewer.interview.target.TargetGrader;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.interview.voice.Listening;
import dev.interviewer.interview.voice.Speaker;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmAnnotator;
import dev.interviewer.llm.LlmGrader;
import dev.interviewer.llm.LlmGapWriter;
import dev.interviewer.llm.LlmInterviewer;
import dev.interviewer.llm.SpeechModels;
import dev.interviewer.portable.AnkiExporter;
import dev.interviewer.retrieval.InProcessEmbedder;
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
import dev.interviewer.store.Database;
import dev.interviewer.store.FileRecordings;
import dev.interviewer.store.HistoryBackup;
import dev.interviewer.store.SqliteInterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import dev.interviewer.store.SqliteTargetStore;
import dev.interviewer.store.StoreException;
import dev.interviewer.web.AnkiController;
import dev.interviewer.web.BackupController;
import dev.interviewer.web.CardController;
import dev.interviewer.web.GradeController;
import dev.interviewer.web.HealthController;
import dev.interviewer.web.HistoryController;
import dev.interviewer.web.ImportController;
import dev.interviewer.web.InterviewController;
import dev.interviewer.web.RecordingsController;
import dev.interviewer.web.ReportController;
import dev.interviewer.web.SearchController;
import dev.interviewer.web.SpeechController;
import dev.interviewer.web.SuggestionController;
import dev.interviewer.web.TargetController;
import dev.interviewer.web.TopicsController;
import dev.interviewer.web.TranscribeController;
import dev.interviewer.web.WebServer;
import dev.interviewer.web.WebSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that wires the components from an {@link AppConfig}. The wiring is
 * declared once, in the constructor; each component is built on first use, so a command that only lints never
 * loads the embedding model, and the server builds what it serves when it starts.
 */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final Duration MODEL_GRADE_SLACK = Duration.ofSeconds(5);
    private static final String DATABASE_FILE = "interviewer.db";

    private final AppConfig config;
    private final Lazy<KnowledgeBase> notesOnce;
    private final Lazy<InProcessEmbedder> model;
    private final Lazy<CachedEmbedder> embedder;
    private final Lazy<InProcessEmbedder> englishModel;
    private final Lazy<CachedEmbedder> englishEmbedder;
    private final Lazy<LiveIndex> liveIndex;
    private final Lazy<CardSearch> search;
    private final Lazy<Database> database;
    private final Lazy<SqliteInterviewStore> interviewStore;
    private final Lazy<SqliteReviewSchedule> reviewSchedule;
    private final Lazy<CardVectors> cardVectors;
    // One instance for the grader and the interviewer: they share its circuit breaker, so a dead endpoint found by
    // one is not called by the other either.
    private final Lazy<ChatModels> chatModels;
    private final Lazy<OfflineGrader> offlineGrader;
    private final Lazy<LlmGrader> llmGrader;
    private final Lazy<Grader> grader;
    private final Lazy<LlmInterviewer> llmInterviewer;
    private final Lazy<InterviewService> interviews;
    private final Lazy<AnswerGrading> answerGrading;
    private final Lazy<ReviewQueue> reviewQueue;
    private final Lazy<ReviewService> reviewService;
    private final Lazy<FileRecordings> recordings;
    private final Lazy<SqliteTargetStore> targetStore;
    private final Lazy<TargetAnalyzer> targetAnalyzer;
    private final Lazy<TargetService> targets;
    private final Lazy<SpeechModels> speechModels;
    private volatile boolean indexOpen;
    private volatile boolean closing;
    private boolean indexStarted; // guarded by this: the index is built, or being built by the server

    private App(AppConfig config) {
        this.config = config;
        notesOnce = Lazy.of(() -> new NotesLoader().load(requireFolder()));
        model = Lazy.of(InProcessEmbedder::bge);
        embedder = Lazy.of(() -> new CachedEmbedder(model.get(), createDataFolder().resolve("embeddings")));
        englishModel = Lazy.of(InProcessEmbedder::english);
        englishEmbedder = Lazy.of(() -> new CachedEmbedder(englishModel.get(),
                createDataFolder().resolve("embeddings")));
        liveIndex = Lazy.of(() -> {
            CardIndex index = new CardIndex(embedder.get(), englishEmbedder.get(),
                    config.dataDir().resolve("index"));
            LiveIndex live = new LiveIndex(requireFolder(), new NotesLoader()::load, index, System.err);
            indexOpen = true;
            return live;
        });
        // Queries go to the model directly: one-off questions would only bloat the on-disk cache.
        search = Lazy.of(() -> new HybridSearch(builtIndex().index(), model.get(), englishModel.get()));
        database = Lazy.of(this::openDatabase);
        interviewStore = Lazy.of(() -> {
            SqliteInterviewStore store = new SqliteInterviewStore(database.get(),
                    id -> knowledge().card(id).or(() -> gapCard(id)).map(CardSnapshot::of));
            store.backfillSnapshots();
            return store;
        });
        reviewSchedule = Lazy.of(() -> new SqliteReviewSchedule(database.get(),
                Fsrs.withRetention(config.retention())));
        cardVectors = Lazy.of(() -> new CardVectors(embedder.get(), model.get(), new LexicalTerms()));
        chatModels = Lazy.of(() -> new ChatModels(config.llm()));
        offlineGrader = Lazy.of(() -> new OfflineGrader(cardVectors.get(), this::knowledge));
        llmGrader = Lazy.of(() -> LlmGrader.of(chatModels.get().structured()));
        grader = Lazy.of(this::buildGrader);
        llmInterviewer = Lazy.of(() -> new LlmInterviewer(chatModels.get().streaming(), config.llm().timeout(),
                LlmInterviewer.DEFAULT_IDLE));
        recordings = Lazy.of(() -> new FileRecordings(createDataFolder().resolve("recordings"), Clock.systemUTC()));
        speechModels = Lazy.of(() -> new SpeechModels(config.speech()));
        targetStore = Lazy.of(() -> new SqliteTargetStore(database.get()));
        targetAnalyzer = Lazy.of(() -> new TargetAnalyzer(search::get, this::knowledge));
        targets = Lazy.of(() -> new TargetService(targetAnalyzer.get(), targetStore.get(),
                config.llm().enabled() ? LlmGapWriter.of(chatModels.get().structured()) : null,
                reviewSchedule.get(), () -> interviewStore.get().list(), Clock.systemUTC()));
        interviews = Lazy.of(this::buildInterviews);
        answerGrading = Lazy.of(() -> new AnswerGrading(search.get(), this::knowledge, grader.get(),
                SearchHit.MATCH_THRESHOLD));
        reviewQueue = Lazy.of(() -> new ReviewQueue(config.dataDir().resolve("suggestions")));
        reviewService = Lazy.of(() -> new ReviewService(reviewQueue.get(), this::knowledge,
                new AnnotationFiles(config.knowledgeDir())));
    }

    public static App open(AppConfig config) {
        return new App(config);
    }

    public AppConfig config() {
        return config;
    }

    /** The current cards: live (reloaded on edits) once the index is open, else read once. */
    public KnowledgeBase knowledge() {
        return indexOpen ? liveIndex.get().get() : notesOnce.get();
    }

    /**
     * The embedding model behind the on-disk cache ({@code <data>/embeddings}): embed anything that is embedded
     * again and again (key points, pitfalls) through it.
     */
    public TextEmbedder embedder() {
        return embedder.get();
    }

    /** The notes and their search index; built here (with a progress bar on stderr) unless the server did it. */
    public LiveIndex liveIndex() {
        return builtIndex();
    }

    /** Hybrid (BM25 + vector) search over the live index. */
    public CardSearch search() {
        return search.get();
    }

    /** The interview use cases. */
    public InterviewService interviews() {
        return interviews.get();
    }

    /** Targets: job descriptions and résumés mapped onto the notes, saved by name, practised for. */
    public TargetService targets() {
        return targets.get();
    }

    // A gap question's card (a targeted interview's question on what the notes do not cover), for its snapshot.
    private Optional<Card> gapCard(String id) {
        return targets.get().gapCard(id);
    }

    /** The practice history: interviews and where spaced repetition stands. */
    public HistoryService history() {
        return new HistoryService(interviewStore.get(), reviewSchedule.get()::summary, Clock.systemUTC(),
                config.pricing());
    }

    /** Which cards go to an Anki export: all, the weak or the due ones (from the review history), by topic. */
    public CardChoice cardChoice() {
        return new CardChoice(this::knowledge, reviewSchedule::get, Clock.systemUTC());
    }

    /** The history as a backup document and back ({@code backup}, {@code restore}, their HTTP endpoints). */
    public HistoryArchive historyArchive() {
        return new HistoryBackup(database.get(), Version.current(), Clock.systemUTC());
    }

    /** Where the history lives: {@code <data>/interviewer.db}. */
    public static Path databaseFile(AppConfig config) {
        return config.dataDir().resolve(DATABASE_FILE);
    }

    /** Embeddings and terms of the cards' key points and pitfalls, shared by the graders; computed on first use. */
    public CardVectors cardVectors() {
        return cardVectors.get();
    }

    /** The grader: with an LLM endpoint, the LLM with the offline grader as fallback; otherwise offline only. */
    public Grader grader() {
        return grader.get();
    }

    /** Grades a free-text question and answer: finds the question's card by search, or says none matches. */
    public AnswerGrading answerGrading() {
        return answerGrading.get();
    }

    /** The suggested annotations waiting for review ({@code <data>/suggestions}). */
    public ReviewQueue reviewQueue() {
        return reviewQueue.get();
    }

    /** The model that suggests annotations for {@code enrich}; needs an LLM endpoint. */
    public AnnotationModel annotationModel() {
        return LlmAnnotator.of(chatModels.get().structured());
    }

    /** The annotation prompts without a model behind them: for estimating a run's cost before any call. */
    public AnnotationModel promptsOnly() {
        return new LlmAnnotator(prompt -> {
            throw new IllegalStateException("no model configured");
        });
    }

    /** Checks suggested annotations against each card's note with the app's embeddings. */
    public ProposalCheck proposalCheck() {
        return new ProposalCheck(new Grounding(embedder.get()));
    }

    /**
     * Starts the HTTP server and, behind it, the index build; the caller stops it with {@link WebServer#stop()}.
     * The page is served at once; {@code /api/health} says "indexing" with a percentage until the index is built.
     */
    public Server startServer() {
        // Open and migrate now, so a database problem stops the start instead of failing the first request.
        database.get();
        LiveIndex live = openIndex();
        CardSearch cardSearch = search.get();
        CompletableFuture<Void> built = live.buildInBackground();
        live.watch();
        InterviewService interviewService = interviews.get();
        HealthController health = new HealthController(this::knowledge, about(), live::progress, voice());
        WebServer server;
        try {
            server = WebServer.start(webSettings(), List.of(health, new InterviewController(interviewService),
                    new ReportController(interviewService), new HistoryController(history()),
                    new TopicsController(this::knowledge), new CardController(this::knowledge),
                    new SearchController(cardSearch), new GradeController(answerGrading.get()),
                    new TranscribeController(listening()), new SpeechController(speaker()),
                    new RecordingsController(recordings.get()),
                    new BackupController(historyArchive(), Clock.systemUTC()),
                    new AnkiController(cardChoice(), interviewService, App::ankiPackage),
                    new ImportController(new NotesFolderImport(config.knowledgeDir(), live::refresh)),
                    new SuggestionController(reviewService.get()),
                    new TargetController(targets.get())));
        } catch (WebServer.StartException e) {
            throw new UserException(e.getMessage());
        }
        // Once the index is built and the server listens (so as not to slow its start), one search loads the
        // model and the analyzers' dictionaries, then the key points are embedded for grading, so the first real
        // question waits for neither.
        CompletableFuture<Void> ready = built.thenRunAsync(() -> warmUpSearch(cardSearch));
        ready.thenRun(this::warmUpGrading);
        return new Server(server, ready);
    }

    /** A started server and when its search works (the index built and the model loaded). */
    public record Server(WebServer web, CompletableFuture<Void> ready) {
        public int port() {
            return web.port();
        }

        public void stop() {
            web.stop();
        }
    }

    /** An Anki package of the cards, built in a temporary file that is gone once its bytes are read. */
    private static byte[] ankiPackage(List<Card> cards) throws IOException {
        Path folder = Files.createTempDirectory("interviewer-anki-");
        Path apkg = folder.resolve("cards.apkg");
        try {
            new AnkiExporter(Clock.systemUTC()).export(cards, apkg);
            return Files.readAllBytes(apkg);
        } finally {
            Files.deleteIfExists(apkg);
            Files.deleteIfExists(folder);
        }
    }

    private HealthController.About about() {
        return config.llm().enabled() ? new HealthController.About(Engine.LLM, config.llm().model(), Version.current())
                : HealthController.About.offline(Version.current());
    }

    /** Voice answers through the speech endpoint; null when none is configured (the page then uses the browser's). */
    private Listening listening() {
        if (!config.speech().enabled()) {
            return null;
        }
        return new Listening(speechModels.get().transcriber(), recordings.get(),
                id -> interviewStore.get().load(id).isPresent());
    }

    private Speaker speaker() {
        return config.speech().speechEnabled() ? speechModels.get().speaker() : null;
    }

    private HealthController.Voice voice() {
        return config.speech().enabled()
                ? HealthController.Voice.of(config.speech().model(), config.speech().speechEnabled())
                : HealthController.Voice.NONE;
    }

    private WebSettings webSettings() {
        return new WebSettings(config.host(), config.port(), config.accessToken(), config.rateLimitPerMinute());
    }

    private Grader buildGrader() {
        if (!config.llm().enabled()) {
            return offlineGrader.get();
        }
        // Gap questions (not in the notes) are graded by the model's rubric alone; the rest falls back offline.
        return new TargetGrader(new FallbackGrader(llmGrader.get(), offlineGrader.get()), llmGrader.get());
    }

    // With a model, the offline grade decides the flow at once and the model's grade follows (one model call's
    // wait per answer instead of two); it may take the model's timeout, and the end of an interview waits that long.
    // A gap question has no notes to grade offline: the model grades it at once, and only once.
    private InterviewService buildInterviews() {
        boolean model = config.llm().enabled();
        Grader flowGrader = model ? new TargetGrader(offlineGrader.get(), llmGrader.get()) : offlineGrader.get();
        InterviewServiceBuilder builder = InterviewService.builder(this::knowledge, flowGrader, interviewStore.get())
                .schedule(reviewSchedule.get()).targets(targets.get()).recordings(recordings.get())
                .pricing(config.pricing());
        if (model) {
            builder.interviewer(llmInterviewer.get())
                    .modelGrader(llmGrader.get(), config.llm().timeout().plus(MODEL_GRADE_SLACK));
        }
        return builder.build();
    }

    // The server builds the index in the background; a command builds it before it searches.
    private synchronized LiveIndex openIndex() {
        indexStarted = true;
        return liveIndex.get();
    }

    private synchronized LiveIndex builtIndex() {
        LiveIndex live = liveIndex.get();
        if (!indexStarted) {
            indexStarted = true;
            live.build();
        }
        return live;
    }

    private void warmUpSearch(CardSearch cardSearch) {
        knowledge().cards().stream().findFirst()
                .ifPresent(card -> cardSearch.search(SearchQuery.of(card.question(), 1)));
    }

    // Runs on the index's background thread once the cards are indexed.
    private void warmUpGrading() {
        try {
            cardVectors.get().warmUp(knowledge());
        } catch (RuntimeException e) {
            if (closing) {
                // Stopped while warming up (Ctrl+C right after start, a test's app): nothing is lost.
                LOG.debug("grading warm-up stopped: the app is closing");
                return;
            }
            LOG.warn("grading warm-up failed; vectors are computed on first use", e);
        }
    }

    private Database openDatabase() {
        try {
            createDataFolder();
            return Database.open(databaseFile(config));
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }

    private Path requireFolder() {
        if (!Files.isDirectory(config.knowledgeDir())) {
            throw new UserException("knowledge folder not found: " + config.knowledgeDir()
                    + " (run from the project folder or pass --knowledge DIR)");
        }
        return config.knowledgeDir();
    }

    private Path createDataFolder() {
        try {
            return Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UserException("cannot create data folder " + config.dataDir() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        closing = true;
        llmInterviewer.ifBuilt(LlmInterviewer::close);
        targetAnalyzer.ifBuilt(TargetAnalyzer::close);
        database.ifBuilt(Database::close);
        liveIndex.ifBuilt(LiveIndex::close);
        embedder.ifBuilt(CachedEmbedder::close);
        englishEmbedder.ifBuilt(CachedEmbedder::close);
        model.ifBuilt(InProcessEmbedder::close);
        englishModel.ifBuilt(InProcessEmbedder::close);
    }
}
