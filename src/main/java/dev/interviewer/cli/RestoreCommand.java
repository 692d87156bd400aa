package dev.interviewer.cli;

import dev.interviewer.interview.model.InvalidBackupException;
import dev.interviewer.interview.model.RestoreSummary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore}: merges a backup into the data folder; what is there already is kept, nothing is doubled. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Merge a backup written by 'backup' into the data folder: interviews and reviews it",
        "does not have are added, what it has is kept; restoring twice changes nothing."})
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "The backup to restore.")
    Path backup;

    @Mixin
    DataOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new UserException(backup + " not found");
        }
        AppConfig config = options.config();
        RestoreSummary summary;
        try (App app = App.open(config); InputStream in = new BufferedInputStream(Files.newInputStream(backup))) {
            summary = app.historyArchive().restore(in);
        } catch (InvalidBackupException e) {
            throw new UserException(backup.getFileName() + ": " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        lines(summary, config).forEach(stdout::println);
        stdout.flush();
        return 0;
    }

    private List<String> lines(RestoreSummary summary, AppConfig config) {
        String schema = summary.migrated() ? " (database schema " + summary.fromSchema() + ", migrated to "
                + summary.toSchema() + ")" : "";
        if (summary.changed() == 0) {
            return List.of("Nothing to restore: everything in " + backup + " is already in " + config.dataDir()
                    + schema);
        }
        List<String> lines = new ArrayList<>();
        lines.add("Restored " + backup + " into " + config.dataDir() + schema + ":");
        for (RestoreSummary.TableCount t : summary.tables()) {
            lines.add(String.format("  %-13s %d added, %d updated, %d already there", t.table(), t.added(),
                    t.updated(), t.present()));
        }
        return lines;
    }
}
