package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.web.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lint(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "lint";
        all[1] = "--knowledge";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void cleanNotesExitZeroWithEmptyLists() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\ntext\n\n# B\n\nmore\n");
        assertThat(lint("--json")).isEqualTo(0);
        assertThat(out.toString().strip()).isEqualTo(
                "{\"cards\":2,\"errors\":[],\"warnings\":[],\"withoutReference\":[],\"thin\":[\"a.md:1: a/a\",\"a.md:5: a/b\"]}");
    }

    @Test
    void jsonListsCardsWithoutReferenceAndErrorsAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\ntext\n\n# Empty\n\n# C\n\n```\nopen\n");
        assertThat(lint("--json")).isEqualTo(1);
        JsonNode json = ApiJson.mapper().readTree(out.toString());
        assertThat(json.get("cards").asInt()).isEqualTo(3);
        assertThat(json.get("withoutReference")).hasSize(1);
        assertThat(json.get("withoutReference").get(0).asText()).isEqualTo("a.md:5: a/empty");
        assertThat(json.get("errors").get(0).asText()).startsWith("a.md:9: code fence");
        assertThat(json.fieldNames()).toIterable().containsExactly("cards", "errors", "warnings", "withoutReference",
                "thin");
    }

    @Test
    void humanOutputNamesEachProblemWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\ntext\n\n# Empty\n");
        // An empty heading is worth a look but loses nothing: exit 0.
        assertThat(lint()).isEqualTo(0);
        assertThat(out.toString()).contains("2 cards in", "Cards without a reference answer (1):", "  a.md:5: a/empty",
                "0 errors, 0 warnings, 1 without a reference, 1 thin");
    }

    @Test
    void repeatedTitlesInAFileAreWarningsAndExitZero() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\n## What\n\none two three\n\n# B\n\n## What\n\nfour five six\n"
                + "\n## What\n\nseven eight nine\n");
        assertThat(lint("--json")).isEqualTo(0);
        JsonNode json = ApiJson.mapper().readTree(out.toString());
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("warnings")).hasSize(1);
        assertThat(json.get("warnings").get(0).asText()).startsWith("a.md:13: duplicate card title \"B · What\"");
    }

    @Test
    void cardsOptionListsHowEachCardWasRead() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Dropout\n\n- drops units\n- scales the rest\n");
        assertThat(lint("--cards")).isEqualTo(0);
        assertThat(out.toString()).contains("a.md:1  a/dropout  [2 key points, 0 follow-ups, 0 pitfalls]",
                "    Explain Dropout");
    }

    @Test
    void aMissingFolderIsAUserErrorWithoutStackTrace() {
        Path missing = dir.resolve("nope");
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "lint", "--knowledge",
                missing.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("knowledge folder not found").doesNotContain("Exception");
    }
}
