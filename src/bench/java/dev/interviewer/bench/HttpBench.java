package dev.interviewer.bench;

import dev.interviewer.testing.ApiClient;
import dev.interviewer.testing.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures taken over real HTTP against the jar running as its own process: start-up, one candidate's turn,
 * fifty candidates at once (with peak memory), and LLM turns against the local stub endpoint.
 */
final class HttpBench {
    private static final Duration HEALTHY_TIMEOUT = Duration.ofMinutes(10);
    private static final List<String> NO_RATE_LIMIT = List.of("--rate-limit", "0");

    private final BenchSettings settings;
    private final Answers answers;
    private final Results results;

    HttpBench(BenchSettings settings, Answers answers, Results results) {
        this.settings = settings;
        this.answers = answers;
        this.results = results;
    }

    /** Cold start into an empty data folder, then warm starts on the folder the cold start filled. */
    void startup(Path data) throws IOException {
        try (ServerProcess cold = start(data, Map.of(), "cold")) {
            results.put("startup_cold_s", cold.secondsToHealthy());
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < settings.warmStarts(); i++) {
            try (ServerProcess server = start(data, Map.of(), "warm-" + i)) {
                warm.add(server.secondsToHealthy() * 1000);
            }
        }
        results.put("startup_warm_s", new Stats(warm).p50() / 1000);
    }

    /** One candidate, answer after answer: the time from sending an answer to having the next message. */
    void offlineTurns(Path data) throws IOException {
        try (ServerProcess server = start(data, Map.of(), "offline")) {
            ApiClient client = new ApiClient(server.origin(), 2);
            Candidate candidate = new Candidate(client, answers, new Random(1));
            candidate.turns(settings.turnWarmups());
            List<Candidate.Timed> turns = candidate.turns(settings.turns());
            Stats times = new Stats(turns.stream().map(Candidate.Timed::millis).toList());
            results.put("turn_p50_ms", times.p50());
            results.put("turn_p99_ms", times.p99());
            // The grader's own time, as the server reports it: the rest of a turn is HTTP, storage and phrasing.
            results.put("turn_grade_p50_ms",
                    new Stats(turns.stream().map(t -> (double) t.gradeMillis()).toList()).p50());
            concurrent(server, "");
        }
        if (!settings.quick()) {
            // The JVM's default heap grows to a quarter of the machine's memory; the same load with a capped heap
            // shows what the app itself needs.
            try (ServerProcess capped = start(data, Map.of(), "offline-capped", List.of(CAPPED_HEAP))) {
                new Candidate(new ApiClient(capped.origin(), 2), answers, new Random(2)).turns(settings.turnWarmups());
                concurrent(capped, CAPPED_SUFFIX);
            }
        }
    }

    static final Duration STUB_LATENCY = Duration.ofMillis(300);
    // Typing the last two clauses after the page's last draft takes a person seconds; half a second is ample for the
    // draft to be read ahead (about 25 ms of embedding) and keeps the run short.
    static final Duration TYPING_LAST_WORDS = Duration.ofMillis(500);
    static final String CAPPED_HEAP = "-Xmx192m";
    static final String CAPPED_SUFFIX = "_xmx192m";

    /**
     * Fifty candidates at once, twice. Saturated: each answers again as soon as it has the next message, which
     * gives the most turns per second the server sustains (and queueing latencies). Paced: each answers at a fixed
     * interval so that together they offer {@link #PACED_TURNS_PER_S} turns per second, the target load,
     * which gives the latency a candidate sees at that load.
     */
    private void concurrent(ServerProcess server, String suffix) throws IOException {
        Load saturated = load(server, 0);
        results.put("turns_per_s_50" + suffix, saturated.turnsPerSecond());
        results.put("turn_p50_ms_50_saturated" + suffix, saturated.stats() == null ? null : saturated.stats().p50());
        results.put("turn_p99_ms_50_saturated" + suffix, saturated.stats() == null ? null : saturated.stats().p99());
        Load paced = load(server, PACED_TURNS_PER_S);
        results.put("paced_turns_per_s_50" + suffix, paced.turnsPerSecond());
        results.put("turn_p50_ms_50" + suffix, paced.stats() == null ? null : paced.stats().p50());
        results.put("turn_p99_ms_50" + suffix, paced.stats() == null ? null : paced.stats().p99());
        results.put("turn_errors_50" + suffix, saturated.failures() + paced.failures());
        results.put("rss_mb_50" + suffix, server.peakRssMb());
    }

    static final double PACED_TURNS_PER_S = 30;

    /** What one load run gave. */
    record Load(double turnsPerSecond, Stats stats, int failures) {
    }

    /** Runs every candidate for the warm-up and then the measured time; {@code rate} 0 means no pauses. */
    private Load load(ServerProcess server, double rate) throws IOException {
        int n = settings.candidates();
        ApiClient client = new ApiClient(server.origin(), n);
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger measured = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long begin = System.nanoTime();
        long warmUntil = begin + settings.loadWarmup().toNanos();
        long measureUntil = warmUntil + settings.loadDuration().toNanos();
        long period = rate <= 0 ? 0 : (long) (n / rate * 1e9);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate candidate = new Candidate(client, answers, new Random(100 + i));
            // Paced candidates start spread over one period, so the offered load is even, not in bursts.
            long first = begin + (period == 0 ? 0 : period * i / n);
            running.add(pool.submit(() -> {
                long next = first;
                while (System.nanoTime() < measureUntil) {
                    sleepUntil(next);
                    next += period;
                    try {
                        Candidate.Timed turn = candidate.turn();
                        // Throughput counts the turns that end inside the window; latency only those wholly inside.
                        // Counting only whole turns lost about one round of 1.5 s turns at each edge of a 15 s window.
                        if (turn.endNanos() >= warmUntil && turn.endNanos() <= measureUntil) {
                            measured.incrementAndGet();
                            if (turn.startNanos() >= warmUntil) {
                                times.add(turn.millis());
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.incrementAndGet();
                        candidate.restart();
                    }
                }
                return null;
            }));
        }
        awaitAll(running, settings.loadWarmup().plus(settings.loadDuration()).plusMinutes(2));
        pool.shutdownNow();
        double perSecond = measured.get() / (settings.loadDuration().toMillis() / 1000.0);
        return new Load(perSecond, times.isEmpty() ? null : new Stats(times), failures.get());
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** LLM mode against the stub: turn time minus the stub's own time, calls and prompt tokens per answer. */
    void llmTurns(Path data) throws IOException {
        try (StubOpenAi stub = new StubOpenAi(STUB_LATENCY, StubReplies::reply)) {
            double floor = stubFloor(stub);
            results.put("stub_floor_p50_ms", floor);
            stub.reset();
            Map<String, String> env = Map.of("OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "sk-bench-not-a-key",
                    "INTERVIEWER_MODEL", "stub");
            try (ServerProcess server = start(data, env, "llm")) {
                ApiClient client = new ApiClient(server.origin(), 2);
                Candidate candidate = new Candidate(client, answers, new Random(7));
                // Warm-up against an instant stub: hundreds of turns bring the server's code to the JIT's steady
                // state in seconds. Measured turns then use the fixed latency.
                stub.latency(Duration.ZERO);
                candidate.turns(settings.llmWarmups());
                stub.latency(STUB_LATENCY);
                stub.reset();
                // Turns typed as in the page (a draft read ahead while typing) alternate with turns sent as an API
                // client sends them (no draft), so both see the same machine and the same answers.
                LlmTurns typed = new LlmTurns();
                LlmTurns sent = new LlmTurns();
                int calls = 0;
                long tokens = 0;
                int fallbacks = 0;
                for (int i = 0; i < 2 * settings.llmTurns(); i++) {
                    boolean page = i % 2 == 0;
                    Candidate.Timed turn = page ? candidate.turnAfterDraft(TYPING_LAST_WORDS) : candidate.turn();
                    List<StubOpenAi.Call> inside = stub.callsBetween(turn.startNanos(), turn.endNanos());
                    (page ? typed : sent).add(turn, busyMillis(inside), rounds(inside) * floor);
                    calls += inside.size();
                    tokens += inside.stream().mapToLong(StubOpenAi.Call::promptTokens).sum();
                    fallbacks += turn.fallback() ? 1 : 0;
                }
                int turns = 2 * settings.llmTurns();
                results.put("llm_turn_p50_ms", new Stats(typed.totals).p50());
                // From sending the answer to the first token of the next message over SSE: one model call's wait
                // (the grade runs beside the phrasing), so it should stay close to the stub's floor.
                double firstToken = new Stats(typed.firstTokens).p50();
                results.put("llm_first_token_p50_ms", firstToken);
                results.put("llm_first_token_vs_floor", Results.round(firstToken / floor));
                // The offline grade that decides the next step runs before the phrasing call: it is inside the
                // overhead figures below. Typed in the page, most of the answer was embedded from its draft.
                results.put("llm_offline_grade_p50_ms", new Stats(typed.offlineGrades).p50());
                results.put("llm_overhead_p50_ms", new Stats(typed.overhead).p50());
                // The same, with each round of calls charged what a client sees of the stub (its floor, HTTP
                // included) instead of the time the stub's handler ran: calls side by side are one round.
                results.put("llm_overhead_vs_floor_p50_ms", new Stats(typed.overFloor).p50());
                // An API client that sends no draft: the whole answer is embedded after it is sent.
                results.put("llm_offline_grade_no_draft_p50_ms", new Stats(sent.offlineGrades).p50());
                results.put("llm_overhead_vs_floor_no_draft_p50_ms", new Stats(sent.overFloor).p50());
                results.put("llm_calls_per_turn", (double) calls / turns);
                results.put("prompt_tokens_per_turn", (double) tokens / turns);
                results.put("llm_fallback_turns", fallbacks);
            }
        }
    }

    /** The figures of one kind of LLM turn. */
    private static final class LlmTurns {
        final List<Double> overhead = new ArrayList<>();
        final List<Double> overFloor = new ArrayList<>();
        final List<Double> totals = new ArrayList<>();
        final List<Double> firstTokens = new ArrayList<>();
        final List<Double> offlineGrades = new ArrayList<>();

        void add(Candidate.Timed turn, double modelBusyMillis, double floorMillis) {
            double turnMs = turn.millis();
            totals.add(turnMs);
            firstTokens.add(turn.firstTextMillis());
            offlineGrades.add((double) turn.gradeMillis());
            overhead.add(turnMs - modelBusyMillis);
            overFloor.add(turnMs - floorMillis);
        }
    }

    /** The stub's own latency, called directly with a streamed request: the floor under an LLM turn. */
    private double stubFloor(StubOpenAi stub) throws IOException {
        ApiClient direct = new ApiClient(stub.baseUrl().replace("/v1", ""), 2);
        String body = "{\"model\":\"stub\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"你好\"}]}";
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3 + settings.stubCalls(); i++) {
            long start = System.nanoTime();
            direct.send("POST", "/v1/chat/completions", body);
            if (i >= 3) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Stats(times).p50();
    }

    /** How many rounds of calls a turn waited for: calls that overlap ran side by side and make one round. */
    static int rounds(List<StubOpenAi.Call> calls) {
        List<StubOpenAi.Call> sorted = new ArrayList<>(calls);
        sorted.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        int rounds = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (StubOpenAi.Call c : sorted) {
            if (c.startNanos() >= coveredUntil) {
                rounds++;
            }
            coveredUntil = Math.max(coveredUntil, c.endNanos());
        }
        return rounds;
    }

    /** The time the stub was busy inside a turn: the union of its calls, so overlapping calls count once. */
    static double busyMillis(List<StubOpenAi.Call> calls) {
        List<StubOpenAi.Call> sorted = new ArrayList<>(calls);
        sorted.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        long busy = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (StubOpenAi.Call c : sorted) {
            long from = Math.max(c.startNanos(), coveredUntil);
            if (c.endNanos() > from) {
                busy += c.endNanos() - from;
            }
            coveredUntil = Math.max(coveredUntil, c.endNanos());
        }
        return busy / 1e6;
    }

    private ServerProcess start(Path data, Map<String, String> env, String name) throws IOException {
        return start(data, env, name, List.of());
    }

    private ServerProcess start(Path data, Map<String, String> env, String name, List<String> extraJvmArgs)
            throws IOException {
        Files.createDirectories(data);
        Path log = settings.workDir().resolve("server-" + name + ".log");
        List<String> jvm = new ArrayList<>(settings.serverJvmArgs());
        jvm.addAll(extraJvmArgs);
        return ServerProcess.start(settings.jar(), settings.knowledge(), data, env, jvm, NO_RATE_LIMIT, log,
                HEALTHY_TIMEOUT);
    }

    private static void awaitAll(List<Future<?>> futures, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> f : futures) {
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                f.cancel(true);
            }
        }
    }
}
