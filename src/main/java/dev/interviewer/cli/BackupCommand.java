package dev.interviewer.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}: the practice history as one versioned JSON file, for {@code restore} here or elsewhere. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
        "Write the practice history (interviews, turns and grades, spaced-repetition state)",
        "to one JSON file; 'restore' reads it back, here or on another machine."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The backup to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AppConfig config = options.config();
        if (!Files.isRegularFile(App.databaseFile(config))) {
            throw new UserException("no history to back up: " + App.databaseFile(config)
                    + " does not exist (pass --data DIR)");
        }
        Map<String, Integer> rows;
        try (App app = App.open(config)) {
            rows = AtomicFile.write(out, stream -> {
                BufferedOutputStream buffered = new BufferedOutputStream(stream);
                Map<String, Integer> written = app.historyArchive().backup(buffered);
                buffered.flush();
                return written;
            });
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Backed up %d interviews (%d turns) and the review state of %d cards to %s%n",
                rows.getOrDefault("interviews", 0), rows.getOrDefault("turns", 0),
                rows.getOrDefault("card_reviews", 0), out);
        stdout.flush();
        return 0;
    }
}
