package dev.interviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON Lines batch shared by {@code search} and {@code grade}: one output line per input line, in order; a line
 * that cannot be handled gets {@code "error"} on its own line and the run goes on.
 */
final class JsonLinesBatch {
    private static final ObjectMapper JSON = ApiJson.mapper();

    /** Turns one input object into its output object; throws {@link BadLine} for a line it cannot handle. */
    interface LineHandler {
        ObjectNode handle(ObjectNode line);
    }

    /** A line that cannot be handled, with the reason shown on its output line. */
    static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }

    /** How many lines were read and how many got an error. */
    record Summary(int lines, int errors) {
    }

    private final LineHandler handler;
    private final boolean keepInputOnError;

    /** @param keepInputOnError whether an error line keeps the input's fields or is {@code {"error": ...}} alone */
    JsonLinesBatch(LineHandler handler, boolean keepInputOnError) {
        this.handler = handler;
        this.keepInputOnError = keepInputOnError;
    }

    /** Reads {@code input} and writes to {@code output}, or to {@code stdout} when no output file is given. */
    Summary run(Path input, Path output, PrintWriter stdout) throws IOException {
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        if (output == null) {
            return new Summary(lines.size(), write(lines, stdout));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            return new Summary(lines.size(), write(lines, out));
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private int write(List<String> lines, PrintWriter out) throws JsonProcessingException {
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode result = handle(lines.get(i), i + 1);
            errors += result.has("error") ? 1 : 0;
            out.println(JSON.writeValueAsString(result));
        }
        out.flush();
        return errors;
    }

    /** The output object for one input line (numbered from 1). */
    ObjectNode handle(String line, int number) {
        if (line.isBlank()) {
            return error(JSON.createObjectNode(), "line " + number + ": empty line");
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(line.strip().replace("\uFEFF", ""));
        } catch (JsonProcessingException e) {
            return error(JSON.createObjectNode(), "line " + number + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            return error(JSON.createObjectNode(), "line " + number + ": not a JSON object");
        }
        ObjectNode input = (ObjectNode) parsed;
        try {
            return handler.handle(input.deepCopy());
        } catch (BadLine e) {
            return error(keepInputOnError ? input : JSON.createObjectNode(), "line " + number + ": " + e.getMessage());
        }
    }

    private static ObjectNode error(ObjectNode node, String message) {
        return node.put("error", message);
    }
}
