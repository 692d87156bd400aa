package dev.interviewer.cli;

import dev.interviewer.UserException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code practice}: the interview in the terminal, answers read from stdin. */
@Command(name = "practice", mixinStandardHelpOptions = true, description = "Practise in the terminal.")
public final class PracticeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC")
    List<String> topics;

    @Option(names = "--questions", paramLabel = "N", defaultValue = "5")
    int questions;

    @Override
    public Integer call() {
        throw new UserException("practice is not built yet");
    }
}
