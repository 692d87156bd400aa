package dev.interviewer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where the notes and the data live, and whether to show stack traces. */
public final class CommonOptions {
    @Option(names = "--knowledge", paramLabel = "DIR", description = "Notes folder (default: knowledge/).")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for history and caches (default: data/).")
    Path data;

    @Option(names = "--debug", description = "Show stack traces on failure.")
    boolean debug;

    AppConfig.Builder configBuilder() {
        return AppConfig.builder().knowledgeDir(knowledge).dataDir(data).debug(debug);
    }
}
