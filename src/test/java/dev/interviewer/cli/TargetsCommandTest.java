package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code targets FILE} prints the coverage map; {@code practice --target FILE} practises its covered requirements. */
class TargetsCommandTest {
    private static final String NOTES = "src/test/resources/retrieval/notes";
    private static final String JOB = "LLM Engineer\n\nRequirements\n- LoRA fine-tuning\n- KV cache\n"
            + "- Kubernetes operators\n\nBenefits\n- Free lunch\n";

    @TempDir
    Path data;

    private Path job;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTheJob() throws Exception {
        job = data.resolve("job.txt");
        Files.writeString(job, JOB, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--knowledge", NOTES, "--data", data.toString(), "--offline"));
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void printsEachRequirementWithItsCardsOrAsAGap() {
        assertThat(run("targets", job.toString())).isZero();

        assertThat(out.toString()).contains("coverage 67% (2 of 3 requirements in your notes)")
                .contains("[x] LoRA fine-tuning").contains("[ ] gap: Kubernetes operators")
                .contains("finetune/lora").doesNotContain("lunch");
    }

    @Test
    void printsTheMapAsJsonAndTheGapsAsAChecklist() throws Exception {
        assertThat(run("targets", "--json", job.toString())).isZero();
        JsonNode map = new ObjectMapper().readTree(out.toString());
        assertThat(map.path("coverage").asDouble()).isEqualTo(0.67);
        assertThat(map.path("requirements")).hasSize(3);
        assertThat(map.path("requirements").get(2).path("covered").asBoolean()).isFalse();

        out.getBuffer().setLength(0);
        assertThat(run("targets", "--gaps", job.toString())).isZero();
        assertThat(out.toString()).startsWith("# Notes to write").contains("- [ ] Kubernetes operators")
                .doesNotContain("LoRA");
    }

    @Test
    void aMissingOrEmptyFileIsOneClearLine() throws Exception {
        assertThat(run("targets", data.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: target file not found: " + data.resolve("nope.txt"));

        err.getBuffer().setLength(0);
        Path empty = Files.writeString(data.resolve("empty.txt"), "  \n");
        assertThat(run("targets", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the target text is empty").doesNotContain("Exception");
    }

    @Test
    void practiceForATargetAsksOnlyItsCoveredRequirementsAndReportsByRequirement() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("LoRA freezes W and learns BA\n\nKV cache stores K and V\n\n"
                .getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("practice", "--target", job.toString(), "--questions", "2", "--follow-ups", "0",
                    "--language", "en")).isZero();
        } finally {
            System.setIn(stdin);
        }

        assertThat(out.toString()).contains("2 of 3 requirements are in your notes").contains("By requirement:")
                .contains("LoRA fine-tuning").contains("KV cache").doesNotContain("Question 1 of 2: Attention");
    }
}
