package dev.interviewer.cli;

import dev.interviewer.UserException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code grade}: grade one question/answer pair, or a JSONL batch. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = "Grade an answer against the notes.")
public final class GradeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Option(names = "--question", paramLabel = "TEXT")
    String question;

    @Option(names = "--answer", paramLabel = "TEXT")
    String answer;

    @Option(names = "--json", description = "Print the Grade as JSON.")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "JSONL file with question and answer per line.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the grades (JSONL).")
    Path output;

    @Override
    public Integer call() {
        throw new UserException("grade is not built yet");
    }
}
