package dev.interviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: find the cards that match a query, or every query of a JSONL file. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the notes.")
public final class SearchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ApiJson.mapper();

    @Spec
    CommandSpec spec;

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

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only cards of this topic or tag.")
    String topic;

    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || top > SearchQuery.MAX_TOP) {
            throw new UserException("--top must be 1-" + SearchQuery.MAX_TOP + ": " + top);
        }
        if ((input == null) == (query == null)) {
            throw new UserException("give either a QUERY or --input FILE");
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new UserException("input file not found: " + input);
        }
        try (App app = App.open(common.configBuilder().offline().build())) {
            CardSearch search = app.search();
            if (input != null) {
                return batch(search);
            }
            List<SearchHit> hits = search.search(new SearchQuery(query, top, topic));
            print(spec.commandLine().getOut(), hits);
            return 0;
        }
    }

    private void print(PrintWriter out, List<SearchHit> hits) throws JsonProcessingException {
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Result(query, hits)));
            return;
        }
        if (hits.isEmpty()) {
            out.println("no matching cards");
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            out.printf("%d. %.3f%s  %s%n   %s%n   %s%n", i + 1, hit.score(), hit.isMatch() ? "" : " (weak)",
                    hit.title(), hit.source(), hit.snippet());
        }
    }

    /** One output line per input line, in order; a bad line gets an error on its line and the run goes on. */
    private int batch(CardSearch search) throws IOException {
        JsonLinesBatch.Summary summary = new JsonLinesBatch(line -> searchLine(search, line), true)
                .run(input, output, spec.commandLine().getOut());
        spec.commandLine().getErr().printf("searched %d lines, %d errors%s%n", summary.lines(), summary.errors(),
                output == null ? "" : " -> " + output);
        return 0;
    }

    private ObjectNode searchLine(CardSearch search, ObjectNode line) {
        JsonNode text = line.get("query");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new JsonLinesBatch.BadLine("\"query\" (a non-empty string) is required");
        }
        try {
            String lineTopic = line.path("topic").asText(topic == null ? "" : topic);
            List<SearchHit> hits = search.search(new SearchQuery(text.asText(), top, lineTopic));
            line.set("hits", JSON.valueToTree(hits));
            return line;
        } catch (RuntimeException e) {
            throw new JsonLinesBatch.BadLine("search failed: " + e.getMessage());
        }
    }

    /** What {@code --json} prints for one query. */
    record Result(String query, List<SearchHit> hits) {
    }
}
