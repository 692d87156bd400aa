package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NoteProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The current cards of a notes folder and their index, kept up to date while the app runs: a watcher reloads
 * the folder shortly after a file is added, edited or deleted, and only cards whose content changed are
 * re-embedded. A file that no longer parses keeps its last good cards, and the problem is reported.
 * Other components read the cards through {@link #get()}. Owns (and closes) the {@link CardIndex}.
 */
public final class LiveIndex implements Supplier<KnowledgeBase>, AutoCloseable {
    // Editors save in bursts (temp file, rename, touch): wait for this much quiet before reloading.
    private static final long DEBOUNCE_MILLIS = 300;

    private final Path folder;
    private final Function<Path, KnowledgeBase> loader;
    private final CardIndex index;
    private final PrintStream console;
    private final AtomicLong reloads = new AtomicLong();
    private volatile KnowledgeBase knowledge = KnowledgeBase.empty();
    private volatile IndexProgress progress = IndexProgress.indexing(0, 0);
    private WatchService watchService;
    private Thread watcher;
    // Closing during the first build makes it fail: that is a shutdown, not an error to report.
    private volatile boolean closed;

    /**
     * @param loader  reads a notes folder (NotesLoader::load in the app)
     * @param console where the progress bar and reload reports go (stderr in the app)
     */
    public LiveIndex(Path folder, Function<Path, KnowledgeBase> loader, CardIndex index, PrintStream console) {
        this.folder = folder.toAbsolutePath().normalize();
        this.loader = loader;
        this.index = index;
        this.console = console;
    }

    /** Reads the notes and indexes them before returning, with a progress bar. */
    public void build() {
        load();
        indexCards(true);
    }

    /**
     * Reads the notes now (cards are available when this returns) and indexes them in the background; the index
     * snapshot is opened meanwhile, so the two overlap.
     */
    public CompletableFuture<Void> buildInBackground() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                index.open();
                loaded.join();
                indexCards(true);
                done.complete(null);
            } catch (RuntimeException e) {
                if (!closed) {
                    console.println("error: indexing the notes failed: " + e.getMessage());
                }
                done.completeExceptionally(e);
            }
        }, "index-builder");
        builder.setDaemon(true);
        builder.start();
        try {
            load();
        } finally {
            loaded.complete(null);
        }
        return done;
    }

    /** Reads the folder again and re-indexes what changed. Called by the watcher; safe to call directly. */
    public synchronized CardIndex.SyncResult reload() {
        KnowledgeBase loaded = load();
        CardIndex.SyncResult result = indexCards(false);
        reloads.incrementAndGet();
        report(result, loaded);
        return result;
    }

    /**
     * Reads the folder now, so that the cards of files just written (an import) are there when this returns, and
     * indexes them on a background thread: an import may bring thousands of cards to embed. The watcher would
     * notice the files too, but only after its quiet period, and a caller that wrote them wants them at once.
     */
    public KnowledgeBase refresh() {
        KnowledgeBase loaded = load();
        Thread indexer = new Thread(this::reloadReporting, "notes-refresh");
        indexer.setDaemon(true);
        indexer.start();
        return loaded;
    }

    /** Starts watching the folder (and its sub-folders) for changes; idempotent. */
    public synchronized void watch() {
        if (watcher != null) {
            return;
        }
        try {
            watchService = folder.getFileSystem().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the notes folder " + folder, e);
        }
        watcher = new Thread(this::watchLoop, "notes-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public KnowledgeBase get() {
        return knowledge;
    }

    public IndexProgress progress() {
        return progress;
    }

    /** Problems found in the notes by the last load, including files whose last good cards were kept. */
    public List<NoteProblem> problems() {
        return knowledge.problems();
    }

    /** How many reloads have completed since the first build. */
    public long reloads() {
        return reloads.get();
    }

    public CardIndex index() {
        return index;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        closed = true;
        closeWatcherAndIndex();
    }

    private synchronized void closeWatcherAndIndex() {
        if (watcher != null) {
            watcher.interrupt();
            try {
                watchService.close();
            } catch (IOException e) {
                // Closing on shutdown: nothing useful to do with the failure.
            }
        }
        index.close();
    }

    private synchronized KnowledgeBase load() {
        KnowledgeBase fresh;
        try {
            fresh = loader.apply(folder);
        } catch (RuntimeException e) {
            List<NoteProblem> problems = new ArrayList<>(knowledge.problems());
            problems.add(new NoteProblem(folder.toString(), 0, "cannot read the notes, kept the last good cards: "
                    + e.getMessage()));
            fresh = new KnowledgeBase(knowledge.cards(), problems, knowledge.glossary());
            knowledge = fresh;
            return fresh;
        }
        knowledge = keepLastGood(fresh, knowledge);
        return knowledge;
    }

    /**
     * A file that reports problems and yields no cards, but had cards before, is a broken edit (or a file
     * saved half-way): its previous cards stay until it parses again.
     */
    private KnowledgeBase keepLastGood(KnowledgeBase fresh, KnowledgeBase previous) {
        Map<String, List<Card>> previousByFile = byFile(previous.cards());
        Map<String, List<Card>> freshByFile = byFile(fresh.cards());
        List<Card> cards = new ArrayList<>(fresh.cards());
        List<NoteProblem> problems = new ArrayList<>(fresh.problems());
        fresh.problems().stream().map(p -> relative(p.file())).distinct()
                .filter(f -> !freshByFile.containsKey(f) && previousByFile.containsKey(f))
                .filter(f -> Files.exists(folder.resolve(f)))
                .forEach(f -> {
                    cards.addAll(previousByFile.get(f));
                    problems.add(new NoteProblem(f, 0, "does not parse; kept its last good "
                            + previousByFile.get(f).size() + " cards until it is fixed"));
                });
        return new KnowledgeBase(cards, problems, fresh.glossary());
    }

    /**
     * Indexes the cards loaded last (not a snapshot passed in), so a reload racing the first build can never
     * leave the older cards in the index.
     */
    private CardIndex.SyncResult indexCards(boolean showBar) {
        synchronized (index) {
            // Only cards with a reference are searchable: every hit can be graded against its reference.
            List<Card> answerable = knowledge.answerableCards();
            ConsoleProgressBar bar = new ConsoleProgressBar(console, "indexing notes", System.console() != null);
            CardIndex.SyncResult result = index.sync(answerable, knowledge.glossary(), (done, total) -> {
                progress = IndexProgress.indexing(done, total);
                if (showBar) {
                    bar.progress(done, total);
                }
            });
            progress = IndexProgress.ready(result.added() + result.updated());
            return result;
        }
    }

    private void report(CardIndex.SyncResult result, KnowledgeBase loaded) {
        if (result.changed() > 0) {
            console.printf("notes reloaded: %d added, %d changed, %d removed (%d cards)%n",
                    result.added(), result.updated(), result.removed(), index.size());
        }
        loaded.problems().stream().filter(p -> p.line() == 0)
                .forEach(p -> console.println("notes problem: " + p));
    }

    private String relative(String file) {
        Path path = Path.of(file);
        String relative = path.isAbsolute() && path.startsWith(folder) ? folder.relativize(path).toString() : file;
        return relative.replace('\\', '/');
    }

    private static Map<String, List<Card>> byFile(List<Card> cards) {
        Map<String, List<Card>> byFile = new LinkedHashMap<>();
        cards.forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c));
        return byFile;
    }

    private void watchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                boolean relevant = drain(watchService.take());
                WatchKey next;
                while ((next = watchService.poll(DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    reloadReporting();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    private void reloadReporting() {
        try {
            reload();
        } catch (RuntimeException e) {
            console.println("error: reloading the notes failed, keeping the previous index: " + e.getMessage());
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                registerQuietly(child);
                relevant = true;
            } else {
                relevant |= isNotesOrFolder(child);
            }
        }
        key.reset();
        return relevant;
    }

    /** Markdown files and (possibly deleted) folders matter; editor swap and backup files do not. */
    private static boolean isNotesOrFolder(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
            return false;
        }
        // The notes folder's own glossary changes how cards are indexed and graded, like a note does.
        return name.endsWith(".md") || name.endsWith(".markdown") || name.equals(Glossary.FILE_NAME)
                || !name.contains(".");
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            console.println("warning: cannot watch " + dir + ": " + e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
