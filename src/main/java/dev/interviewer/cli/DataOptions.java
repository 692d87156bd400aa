package dev.interviewer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that work on the data folder only (the history), not on the notes. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder with the history (default: data/).")
    Path data;

    @Option(names = "--debug", description = "Show stack traces on failure.")
    boolean debug;

    AppConfig config() {
        return AppConfig.builder().dataDir(data).debug(debug).offline().build();
    }
}
