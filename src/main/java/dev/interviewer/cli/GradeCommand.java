package dev.interviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewer.App;
import dev.interviewer.Json;
import dev.interviewer.UserException;
import dev.interviewer.grading.AnswerGrading;
import dev.interviewer.grading.Grade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grade}: grade one question/answer pair, or a JSONL batch. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = "Grade an answer against the notes.")
public final class GradeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = Json.mapper();

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

    /** One output line per input line, in order; a bad line gets an error on its line and the run goes on. */
    private int batch(AnswerGrading grading) throws IOException {
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        int errors;
        if (output == null) {
            errors = writeResults(grading, lines, spec.commandLine().getOut());
        } else {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                errors = writeResults(grading, lines, out);
            } catch (IOException e) {
                throw new UserException("cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        spec.commandLine().getErr().printf("graded %d lines, %d errors%s%n", lines.size(), errors,
                output == null ? "" : " -> " + output);
        return 0;
    }

    private static int writeResults(AnswerGrading grading, List<String> lines, PrintWriter out) throws IOException {
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode result = gradeLine(grading, lines.get(i), i + 1);
            errors += result.has("error") ? 1 : 0;
            out.println(JSON.writeValueAsString(result));
        }
        out.flush();
        return errors;
    }

    /** The input object with the Grade's fields added at the top level, or an object with an error. */
    static ObjectNode gradeLine(AnswerGrading grading, String line, int number) {
        if (line.isBlank()) {
            return error("line " + number + ": empty line");
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(line.strip().replace("\uFEFF", ""));
        } catch (JsonProcessingException e) {
            return error("line " + number + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            return error("line " + number + ": not a JSON object");
        }
        ObjectNode result = (ObjectNode) parsed;
        JsonNode q = result.get("question");
        JsonNode a = result.get("answer");
        if (q == null || !q.isTextual() || q.asText().isBlank() || a == null || !a.isTextual()) {
            return error("line " + number + ": \"question\" (a non-empty string) and \"answer\" (a string) are "
                    + "required");
        }
        try {
            Grade grade = grading.grade(q.asText(), a.asText());
            result.setAll((ObjectNode) JSON.valueToTree(grade));
            return result;
        } catch (RuntimeException e) {
            return error("line " + number + ": grading failed: " + e.getMessage());
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }
}
