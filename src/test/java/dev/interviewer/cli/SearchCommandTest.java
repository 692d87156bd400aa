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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    private static final String NOTES = "src/test/resources/retrieval/notes";
    private static final ObjectMapper JSON = ApiJson.mapper();

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--knowledge", NOTES, "--data", data.toString()));
        all.addAll(List.of(args));
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void printsRankScoreTitleSourceAndSnippet() {
        assertThat(search("--top", "2", "LoRA 低秩")).isZero();
        assertThat(out.toString()).startsWith("1. ").contains("LoRA 的原理是什么？", "finetune.md#LoRA 的原理是什么？",
                "**低秩**");
        assertThat(out.toString()).contains("2. ").doesNotContain("3. ");
    }

    @Test
    void printsJsonWithTheQueryAndItsHits() throws IOException {
        assertThat(search("--json", "softmax 为什么会饱和")).isZero();
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.get("query").asText()).isEqualTo("softmax 为什么会饱和");
        JsonNode top = result.get("hits").get(0);
        assertThat(top.get("id").asText()).isEqualTo("attention/attention-为什么除以根号-d");
        assertThat(top.get("path").get(0).asText()).isEqualTo("Transformer 与注意力");
        assertThat(top.get("score").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void searchesEveryLineOfAJsonlFileAndReportsBadLinesOnTheirLine() throws IOException {
        Path input = data.resolve("queries.jsonl");
        Path output = data.resolve("hits.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"query\": \"kv cache 为什么省计算\", \"id\": 7}",
                "{not json",
                "{\"question\": \"no query field\"}",
                "",
                "{\"query\": \"LoRA\"}") + "\n", StandardCharsets.UTF_8);
        assertThat(search("--input", input.toString(), "--output", output.toString(), "--top", "1")).isZero();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asInt()).as("the input fields are kept").isEqualTo(7);
        JsonNode hit = first.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("attention/kv-cache-是什么");
        assertThat(hit.has("title") && hit.has("path") && hit.has("source") && hit.has("snippet")).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).contains("line 2", "malformed JSON");
        JsonNode noQuery = JSON.readTree(lines.get(2));
        assertThat(noQuery.get("error").asText()).contains("line 3", "query");
        assertThat(noQuery.get("question").asText()).isEqualTo("no query field");
        assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("line 4");
        assertThat(JSON.readTree(lines.get(4)).get("hits").get(0).get("id").asText())
                .isEqualTo("finetune/lora-的原理是什么");
        assertThat(err.toString()).contains("5 lines, 3 errors");
    }

    @Test
    void aSecondRunReusesTheCachedEmbeddingsAndIndex() throws IOException {
        assertThat(search("LoRA")).isZero();
        assertThat(data.resolve("embeddings")).isDirectoryContaining(p -> p.toString().endsWith(".vectors"));
        assertThat(data.resolve("index")).isNotEmptyDirectory();
        long cacheSize = Files.size(cacheFile());
        assertThat(search("KV cache")).isZero();
        assertThat(Files.size(cacheFile())).as("nothing new was embedded").isEqualTo(cacheSize);
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("embeddings"))) {
            return files.findFirst().orElseThrow();
        }
    }

    @Test
    void aTopOutOfRangeIsAnErrorWithAMessage() {
        assertThat(search("--top", "0", "LoRA")).isEqualTo(1);
        assertThat(err.toString()).contains("--top must be 1-50");
    }

    @Test
    void neitherAQueryNorAnInputFileIsAnError() {
        assertThat(search()).isEqualTo(1);
        assertThat(err.toString()).contains("QUERY or --input");
    }

    @Test
    void aMissingInputFileIsAnError() {
        assertThat(search("--input", data.resolve("nope.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("input file not found").doesNotContain("\tat ");
    }
}
