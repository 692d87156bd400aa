package dev.interviewer.bench;

import dev.interviewer.portable.LargeDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code import_anki_5000_s}: a generated 5,000-note Anki deck (the current zstd format, HTML lists, math, clozes,
 * pictures, two levels of decks) imported by the jar's {@code import} command as a user runs it, timed from start
 * to exit, JVM start included; the median of a few runs, each into a new folder.
 */
final class ImportBench {
    static final int NOTES = 5_000;

    private final BenchSettings settings;
    private final Results results;

    ImportBench(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    void measure() throws IOException, SQLException, InterruptedException {
        Path work = Files.createDirectories(settings.workDir().resolve("import"));
        Path deck = LargeDecks.write(work.resolve("deck-5000.apkg"), NOTES, true);
        List<Double> seconds = new ArrayList<>();
        int runs = settings.quick() ? 1 : 3;
        for (int run = 0; run < runs; run++) {
            seconds.add(importOnce(deck, work.resolve("notes-" + run), work.resolve("import-" + run + ".log")));
        }
        results.put("import_anki_5000_s", Results.round(median(seconds)));
    }

    private double importOnce(Path deck, Path out, Path log) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", settings.jar().toString(), "import", deck.toString(), "--out", out.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("import of " + NOTES + " notes took over 5 minutes (log: " + log + ")");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("import failed with exit " + process.exitValue() + ": "
                    + Files.readString(log).strip());
        }
        return elapsed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
