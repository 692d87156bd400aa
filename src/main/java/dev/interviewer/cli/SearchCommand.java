package dev.interviewer.cli;

import dev.interviewer.UserException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: find the cards that match a query, or every query of a JSONL file. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the notes.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Hits per query (default: 5).")
    int top;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "JSONL file, one {\"query\": ...} per line.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the hits (JSONL).")
    Path output;

    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query;

    @Override
    public Integer call() {
        throw new UserException("search is not built yet");
    }
}
