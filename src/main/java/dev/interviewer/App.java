package dev.interviewer;

import dev.interviewer.cli.Cli;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.retrieval.BgeEmbedder;
import dev.interviewer.retrieval.CachedEmbedder;
import dev.interviewer.retrieval.CardIndex;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.HybridSearch;
import dev.interviewer.retrieval.LiveIndex;
import dev.interviewer.retrieval.SearchQuery;
import dev.interviewer.retrieval.TextEmbedder;
import dev.interviewer.web.HealthController;
import dev.interviewer.web.SearchController;
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
    private BgeEmbedder model;
    private CachedEmbedder embedder;
    private LiveIndex liveIndex;
    private HybridSearch search;

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

    /** Starts the HTTP server; the caller stops it with {@link WebServer#stop()}. */
    public WebServer startServer() {
        createDataFolder();
        LiveIndex live = openLiveIndex();
        CardSearch cardSearch = search();
        // The page is served at once; /api/health says "indexing" with a percentage until the index is built.
        // One search afterwards loads the model and the analyzers' dictionaries before the first real question.
        live.buildInBackground().thenRun(() -> cardSearch.search(SearchQuery.of("warm-up 预热", 1)));
        live.watch();
        HealthController health = new HealthController(this::knowledge, config.llm(), live::progress);
        SearchController searchController = new SearchController(cardSearch);
        return WebServer.start(config, List.of(health, searchController));
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
        if (liveIndex != null) {
            liveIndex.close();
        }
        if (embedder != null) {
            embedder.close();
        }
    }
}
