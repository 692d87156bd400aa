package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
    private static final String NOTES = "src/test/resources/retrieval/notes";
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final String QUESTION = "Attention 为什么除以根号 d？";
    private static final String CARD = "attention/attention-为什么除以根号-d";
    private static final String ANSWER = "点积的方差随维度 d_k 线性增长；logits 太大时 softmax 进入饱和区，梯度消失。";

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int grade(String... args) {
        List<String> all = new ArrayList<>(List.of("grade", "--offline", "--knowledge", NOTES, "--data",
                data.toString()));
        all.addAll(List.of(args));
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void printsTheGradeAsJson() throws IOException {
        assertThat(grade("--json", "--question", QUESTION, "--answer", ANSWER)).isZero();
        JsonNode grade = JSON.readTree(out.toString());
        assertThat(grade.get("cardId").asText()).isEqualTo(CARD);
        assertThat(grade.get("matched").asBoolean()).isTrue();
        assertThat(grade.get("engine").asText()).isEqualTo("offline");
        assertThat(grade.get("score").asDouble()).isGreaterThanOrEqualTo(8);
        assertThat(grade.get("band").asText()).isEqualTo("strong");
        assertThat(grade.get("covered")).hasSize(2);
        assertThat(grade.get("references").get(0).get("source").asText())
                .isEqualTo("attention.md#Attention 为什么除以根号 d？");
    }

    @Test
    void printsTheGradeForPeople() {
        assertThat(grade("--question", QUESTION, "--answer", "点积的方差随维度 d_k 线性增长。")).isZero();
        assertThat(out.toString()).startsWith("Score: ").contains("Card:  " + CARD, "Covered:", "Missed:",
                "Feedback: ", "Reference: ");
    }

    @Test
    void saysSoWhenNoNoteMatchesTheQuestion() {
        assertThat(grade("--question", "红烧肉怎么做才好吃？", "--answer", "先炒糖色，再小火慢炖。")).isZero();
        assertThat(out.toString()).contains("Score: 0.0 / 10 (off-topic)", "no note matches",
                "笔记里没有与这个问题匹配的内容");
    }

    @Test
    void gradesEveryLineOfAJsonlFileAndPutsErrorsOnTheirLines() throws IOException {
        Path input = data.resolve("answers.jsonl");
        Path output = data.resolve("grades.jsonl");
        Files.writeString(input, String.join("\n",
                JSON.writeValueAsString(new Pair(QUESTION, ANSWER, "a-1")),
                "{not json",
                "{\"question\": \"" + QUESTION + "\"}",
                "",
                JSON.writeValueAsString(new Pair("KV cache 是什么？", "I don't know.", "a-5"))) + "\n",
                StandardCharsets.UTF_8);
        assertThat(grade("--input", input.toString(), "--output", output.toString())).isZero();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).as("input fields are kept").isEqualTo("a-1");
        assertThat(first.get("answer").asText()).isEqualTo(ANSWER);
        assertThat(first.get("cardId").asText()).isEqualTo(CARD);
        assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(8);
        assertThat(first.has("band") && first.has("covered") && first.has("missed") && first.has("pitfalls")
                && first.has("feedback") && first.has("references") && first.has("engine")
                && first.has("fallback")).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).contains("line 2", "malformed JSON");
        assertThat(JSON.readTree(lines.get(2)).get("error").asText()).contains("line 3", "answer");
        assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("line 4", "empty");
        JsonNode last = JSON.readTree(lines.get(4));
        assertThat(last.get("band").asText()).isEqualTo("empty");
        assertThat(last.get("id").asText()).isEqualTo("a-5");
        assertThat(err.toString()).contains("graded 5 lines, 3 errors", output.toString());
    }

    @Test
    void withoutAnOutputFileTheGradesGoToStandardOutput() throws IOException {
        Path input = data.resolve("one.jsonl");
        Files.writeString(input, JSON.writeValueAsString(new Pair(QUESTION, ANSWER, "x")) + "\n",
                StandardCharsets.UTF_8);
        assertThat(grade("--input", input.toString())).isZero();
        assertThat(JSON.readTree(out.toString().strip()).get("cardId").asText()).isEqualTo(CARD);
    }

    @Test
    void missingArgumentsAndFilesAreErrorsWithAMessage() {
        assertThat(grade("--question", QUESTION)).isEqualTo(1);
        assertThat(err.toString()).contains("--question and --answer, or --input");
        assertThat(grade("--input", data.resolve("nope.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("input file not found").doesNotContain("\tat ");
    }

    /** One input line. */
    record Pair(String question, String answer, String id) {
    }
}
