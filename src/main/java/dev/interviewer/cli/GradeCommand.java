package dev.interviewer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewer.grading.AnswerGrading;
import dev.interviewer.grading.Grade;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grade}: grade one question/answer pair, or a JSONL batch. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = "Grade an answer against the notes.")
public final class GradeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ApiJson.mapper();

    @Spec
    CommandSpec spec;

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
    public Integer call() throws IOException {
        if (input == null && (question == null || answer == null)) {
            throw new UserException("give --question and --answer, or --input FILE");
        }
        if (input != null && (question != null || answer != null)) {
            throw new UserException("give either --question/--answer or --input FILE, not both");
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new UserException("input file not found: " + input);
        }
        try (App app = App.open(llmOptions.apply(common.configBuilder()).build())) {
            AnswerGrading grading = app.answerGrading();
            if (input != null) {
                return batch(grading);
            }
            Grade grade = grading.grade(question, answer);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(grade));
            } else {
                GradePrinter.print(out, grade);
            }
            out.flush();
            return 0;
        }
    }

    /** One output line per input line, in order; a bad line gets {"error": ...} on its line and the run goes on. */
    private int batch(AnswerGrading grading) throws IOException {
        JsonLinesBatch.Summary summary = new JsonLinesBatch(line -> gradeLine(grading, line), false)
                .run(input, output, spec.commandLine().getOut());
        spec.commandLine().getErr().printf("graded %d lines, %d errors%s%n", summary.lines(), summary.errors(),
                output == null ? "" : " -> " + output);
        return 0;
    }

    /** The input object with the Grade's fields added at the top level. */
    static ObjectNode gradeLine(AnswerGrading grading, ObjectNode line) {
        JsonNode q = line.get("question");
        JsonNode a = line.get("answer");
        if (q == null || !q.isTextual() || q.asText().isBlank() || a == null || !a.isTextual()) {
            throw new JsonLinesBatch.BadLine("\"question\" (a non-empty string) and \"answer\" (a string) are required");
        }
        try {
            Grade grade = grading.grade(q.asText(), a.asText());
            line.setAll((ObjectNode) JSON.valueToTree(grade));
            return line;
        } catch (RuntimeException e) {
            throw new JsonLinesBatch.BadLine("grading failed: " + e.getMessage());
        }
    }
}
