package dev.interviewer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark harness behind {@code bench/run}: in-process figures (search, grading, embeddings, index build)
 * with warm-up and repeats, then HTTP figures against the jar running as a separate process. Prints a table and
 * writes {@code target/bench/results.json}.
 */
public final class Bench {
    private static final Set<String> SECTIONS = Set.of("inprocess", "index", "startup", "turns", "llm", "voice",
            "import", "targets");

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path jar = Path.of("target/interviewer.jar");
        Path out = Path.of("target/bench/results.json");
        Path knowledge = Path.of("knowledge");
        Set<String> only = SECTIONS;
        List<Integer> factors = null;
        List<String> serverJvm = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--jar" -> jar = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--knowledge" -> knowledge = Path.of(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--server-jvm" -> serverJvm = List.of(args[++i].split(" "));
                case "--index-factors" -> factors = Stream.of(args[++i].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown option: " + args[i]
                        + " (use --quick, --jar, --out, --knowledge, --index-factors 1,10,100, --only "
                        + String.join(",", SECTIONS) + ")");
            }
        }
        Path work = Files.createTempDirectory("interviewer-bench-");
        BenchSettings settings = BenchSettings.of(quick, jar.toAbsolutePath(), knowledge.toAbsolutePath(),
                Path.of("src/test/resources/devset/grading").toAbsolutePath(), work, serverJvm);
        if (factors != null) {
            settings = settings.withIndexFactors(factors);
        }
        int failures = run(settings, only, out);
        System.exit(failures == 0 ? 0 : 1);
    }

    static int run(BenchSettings s, Set<String> only, Path out) throws IOException {
        long started = System.nanoTime();
        Results results = new Results();
        Answers answers = Answers.load(s.devset());
        System.err.println("bench: " + (s.quick() ? "quick" : "full") + " run, work folder " + s.workDir());
        InProcessBench inProcess = new InProcessBench(s, answers, results);
        HttpBench http = new HttpBench(s, answers, results);
        Path data = s.workDir().resolve("data");
        // The figures are written after every section, so a long run that is stopped keeps what it measured.
        Runnable save = () -> save(results, s, started, out);
        section(results, "inprocess", only, inProcess::measure, save);
        section(results, "targets", only, () -> new TargetBench(s, results).measure(), save);
        section(results, "startup", only, () -> http.startup(data), save);
        section(results, "turns", only, () -> http.offlineTurns(data), save);
        section(results, "llm", only, () -> http.llmTurns(data), save);
        section(results, "voice", only, () -> new VoiceBench(s, results).transcribeOverhead(data), save);
        section(results, "import", only, () -> new ImportBench(s, results).measure(), save);
        // Last: with 100x notes it takes most of a full run.
        section(results, "index", only, () -> inProcess.indexBuild(save), save);

        Map<String, Object> targets = save(results, s, started, out);
        System.out.println(Table.render(results, targets));
        System.out.println("written: " + out.toAbsolutePath());
        return results.errors().size();
    }

    private static Map<String, Object> save(Results results, BenchSettings s, long started, Path out) {
        Map<String, Object> targets = Targets.check(results);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("mode", s.quick() ? "quick" : "full");
        meta.put("finished", Instant.now().toString());
        meta.put("seconds", Results.round((System.nanoTime() - started) / 1e9));
        meta.put("cores", Runtime.getRuntime().availableProcessors());
        meta.put("java", System.getProperty("java.version"));
        meta.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        meta.put("load_average", loadAverage());
        meta.put("server_jvm_args", s.serverJvmArgs());
        meta.put("work", s.workDir().toString());
        try {
            results.write(out, meta, targets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return targets;
    }

    // Other work on the machine inflates every figure: the run records how busy the machine was.
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A measurement step that may fail without stopping the others. */
    interface Step {
        void run() throws Exception;
    }

    private static void section(Results results, String name, Set<String> only, Step step, Runnable then) {
        if (!only.contains(name)) {
            return;
        }
        System.err.println("bench: " + name);
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception e) {
            results.error(name, e);
        }
        System.err.printf("bench: %s took %.0f s%n", name, (System.nanoTime() - start) / 1e9);
        then.run();
    }

    /** The printed table: every figure, and for the targeted ones the target and whether it is met. */
    static final class Table {
        private Table() {
        }

        @SuppressWarnings("unchecked")
        static String render(Results results, Map<String, Object> targets) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%-28s %14s  %-10s %s%n", "figure", "value", "target", "met"));
            List<String> keys = new ArrayList<>(results.keys());
            for (String key : targets.keySet()) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            for (String key : keys) {
                Object value = results.get(key) == null ? "-" : results.get(key);
                Map<String, Object> t = (Map<String, Object>) targets.get(key);
                out.append(String.format("%-28s %14s  %-10s %s%n", key, value,
                        t == null ? "" : t.get("target"), t == null ? "" : verdict(t.get("met"))));
            }
            for (Map.Entry<String, String> e : results.errors().entrySet()) {
                out.append("FAILED ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
            return out.toString();
        }

        private static String verdict(Object met) {
            return met == null ? "n/a" : Boolean.TRUE.equals(met) ? "yes" : "NO";
        }
    }
}
