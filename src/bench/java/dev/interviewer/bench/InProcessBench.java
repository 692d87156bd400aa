package dev.interviewer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.cli.App;
import dev.interviewer.cli.AppConfig;
import dev.interviewer.grading.CardVectors;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.OfflineGrader;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.Bm25Floor;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.LexicalTerms;
import dev.interviewer.retrieval.SearchQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The figures measured inside this JVM: embeddings, search, grading and index builds, warm, with repeats. */
final class InProcessBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Integer> LENGTHS = List.of(100, 300, 1000, 3000);

    private final BenchSettings settings;
    private final Answers answers;
    private final Results results;

    InProcessBench(BenchSettings settings, Answers answers, Results results) {
        this.settings = settings;
        this.answers = answers;
        this.results = results;
    }

    /** Search with its BM25 floor, one bare embedding, and offline grading by answer length. */
    void measure() throws IOException {
        AppConfig config = AppConfig.builder(Map.of()).knowledgeDir(settings.knowledge())
                .dataDir(settings.workDir().resolve("inprocess-data")).offline().build();
        try (App app = App.open(config)) {
            quietly(app::liveIndex);
            List<String> queries = queries(settings.devset().resolveSibling("retrieval"));
            CardSearch search = app.search();
            AtomicInteger next = new AtomicInteger();
            Stats searches = Stats.time(settings.warmups(), settings.reps(),
                    () -> search.search(SearchQuery.of(queries.get(next.getAndIncrement() % queries.size()), 5)));
            results.put("search_p50_ms", searches.p50());
            results.put("search_p99_ms", searches.p99());
            Bm25Floor floor = new Bm25Floor(app.liveIndex().index());
            results.put("bm25_floor_p50_ms", Stats.time(settings.warmups(), settings.reps(),
                    () -> floor.search(queries.get(next.getAndIncrement() % queries.size()), 5)).p50());
            embeddings(queries);
            grading(app);
        }
    }

    private void embeddings(List<String> queries) {
        InProcessEmbedder model = InProcessEmbedder.bge();
        AtomicInteger next = new AtomicInteger();
        results.put("embed_floor_p50_ms", Stats.time(settings.warmups(), settings.reps(),
                () -> model.embed(queries.get(next.getAndIncrement() % queries.size()))).p50());
        List<Answers.Sample> all = answers.all();
        results.put("embed_300_chars_p50_ms", Stats.time(settings.warmups() / 2, settings.reps() / 2,
                () -> model.embed(answers.ofLength(all.get(next.getAndIncrement() % all.size()), 300))).p50());
    }

    /**
     * The app's offline grader, but with answers embedded by the model itself: the app's on-disk cache would serve
     * the repeated benchmark answers from memory, and a real answer is new text.
     */
    private void grading(App app) {
        KnowledgeBase knowledge = app.knowledge();
        CardVectors vectors = new CardVectors(InProcessEmbedder.bge(), new LexicalTerms());
        Grader grader = new OfflineGrader(vectors, () -> knowledge);
        // Card vectors are computed once per card version, on first use: not part of grading an answer.
        vectors.warmUp(knowledge);
        Map<String, Double> byLength = new LinkedHashMap<>();
        for (int length : LENGTHS) {
            List<GradeRequest> requests = requests(knowledge, length);
            AtomicInteger next = new AtomicInteger();
            int reps = length >= 1000 ? Math.max(20, settings.reps() / 4) : settings.reps();
            Stats stats = Stats.time(Math.min(settings.warmups(), reps), reps,
                    () -> grader.grade(requests.get(next.getAndIncrement() % requests.size())));
            byLength.put(Integer.toString(length), Results.round(stats.p50()));
            if (length == 300) {
                results.put("grade_p50_ms", stats.p50());
                results.put("grade_p99_ms", stats.p99());
            }
        }
        results.put("grade_ms_by_length", byLength);
    }

    /** Dev-set answers to cards that exist, made {@code length} characters long, graded against their card. */
    private List<GradeRequest> requests(KnowledgeBase knowledge, int length) {
        List<GradeRequest> requests = new ArrayList<>();
        for (Answers.Sample s : answers.all()) {
            // In synthetic notes the dev-set cards are those of the unchanged first copy.
            Optional<Card> card = knowledge.card(s.card())
                    .or(() -> knowledge.card(SyntheticNotes.FIRST_COPY + s.card()));
            card.ifPresent(c -> requests.add(new GradeRequest(c, s.question(), answers.ofLength(s, length), Set.of(),
                    s.question().codePoints().anyMatch(cp -> cp >= 0x4e00 && cp <= 0x9fff) ? "zh" : "en")));
        }
        if (requests.isEmpty()) {
            throw new IllegalStateException("no dev-set answer names a card of the bundled notes");
        }
        return requests;
    }

    /**
     * Cold index builds (empty data folder) of the bundled notes and of notes 10x and 100x larger, and search and
     * grading on each: the off-topic check compares an answer with every card, so grading grows with the notes.
     */
    void indexBuild(Runnable afterEach) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Integer> cards = new LinkedHashMap<>();
        Map<String, Double> searchP50 = new LinkedHashMap<>();
        Map<String, Double> gradeP50 = new LinkedHashMap<>();
        List<String> queries = queries(settings.devset().resolveSibling("retrieval"));
        for (int factor : settings.indexFactors()) {
            Path notes = factor == 1 ? settings.knowledge()
                    : SyntheticNotes.write(settings.knowledge(), factor, settings.workDir().resolve("notes-" + factor));
            AppConfig config = AppConfig.builder(Map.of()).knowledgeDir(notes)
                    .dataDir(settings.workDir().resolve("index-data-" + factor)).offline().build();
            try (App app = App.open(config)) {
                app.embedder();
                long start = System.nanoTime();
                quietly(app::liveIndex);
                double s = (System.nanoTime() - start) / 1e9;
                seconds.put(factor + "x", Results.round(s));
                cards.put(factor + "x", app.knowledge().size());
                System.err.printf("  index build %dx: %d cards in %.1f s%n", factor, app.knowledge().size(), s);
                searchP50.put(factor + "x", Results.round(searchAndGrade(app, queries, gradeP50, factor + "x")));
            }
            results.put("index_build_s", new LinkedHashMap<>(seconds));
            results.put("index_cards", new LinkedHashMap<>(cards));
            results.put("search_p50_ms_by_index", new LinkedHashMap<>(searchP50));
            results.put("grade_p50_ms_by_index", new LinkedHashMap<>(gradeP50));
            afterEach.run();
        }
        String largest = (settings.indexFactors().get(settings.indexFactors().size() - 1)) + "x";
        if (seconds.containsKey("1x") && !largest.equals("1x")) {
            // Linear growth keeps the time per card constant: 1.0 is linear, above it the build grows faster.
            double perCardOne = seconds.get("1x") / cards.get("1x");
            results.put("index_cost_per_card_ratio", seconds.get(largest) / cards.get(largest) / perCardOne);
        }
    }

    /**
     * Search p50 on the app's index, and the 300-character grade p50 (into {@code gradeP50}) with cards embedded
     * through the app's cache and answers by the model itself, as in {@link #grading}.
     */
    private double searchAndGrade(App app, List<String> queries, Map<String, Double> gradeP50, String key) {
        CardSearch search = app.search();
        AtomicInteger next = new AtomicInteger();
        double searchMs = Stats.time(settings.warmups(), settings.reps(),
                () -> search.search(SearchQuery.of(queries.get(next.getAndIncrement() % queries.size()), 5))).p50();
        KnowledgeBase knowledge = app.knowledge();
        CardVectors vectors = new CardVectors(app.embedder(), InProcessEmbedder.bge(), new LexicalTerms());
        vectors.warmUp(knowledge);
        Grader grader = new OfflineGrader(vectors, () -> knowledge);
        List<GradeRequest> requests = requests(knowledge, 300);
        gradeP50.put(key, Results.round(Stats.time(settings.warmups(), settings.reps(),
                () -> grader.grade(requests.get(next.getAndIncrement() % requests.size()))).p50()));
        return searchMs;
    }

    /** Runs without the progress bar that index builds draw on stderr. */
    static void quietly(Runnable build) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            build.run();
        } finally {
            System.setErr(err);
        }
    }

    private static List<String> queries(Path folder) throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        JsonNode n = JSON.readTree(line);
                        if (n.hasNonNull("query")) {
                            queries.add(n.path("query").asText());
                        }
                    }
                }
            }
        }
        return queries;
    }
}
