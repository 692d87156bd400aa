package dev.interviewer.cli;

import dev.interviewer.UserException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lint}: report notes problems and cards without a reference answer. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Check the notes.")
public final class LintCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print {\"cards\":N,\"withoutReference\":[...],\"errors\":[...]}.")
    boolean json;

    @Override
    public Integer call() {
        throw new UserException("lint is not built yet");
    }
}
