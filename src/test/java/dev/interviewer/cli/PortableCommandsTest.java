package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void importWritesNotesAndPrintsWhatItDid() throws IOException {
        Path csv = Files.writeString(dir.resolve("bank.csv"), "question,answer\nWhat is LoRA?,Low-rank adapters.\n"
                + ",no question\n");
        assertThat(run("import", csv.toString(), "--out", dir.resolve("notes").toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Imported 1 cards from bank.csv into", "Skipped 1:",
                "1 empty question (line 3)", "lint --knowledge");
        assertThat(dir.resolve("notes/bank.md")).exists();
    }

    @Test
    void importOfBadInputFailsWithOneLine() throws IOException {
        Path apkg = Files.writeString(dir.resolve("deck.apkg"), "not a zip");
        assertThat(run("import", apkg.toString(), "--out", dir.resolve("notes").toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: deck.apkg is not a zip file, so not an Anki package"
                + System.lineSeparator());
    }

    @Test
    void importWithoutOutIsAUsageError() {
        assertThat(run("import", "bank.csv")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: Missing required option: '--out=DIR'");
    }

    @Test
    void exportAnkiWritesAPackageOfTheChosenTopics() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(notes.resolve("rl.md"), "# RL\n\n## What is PPO?\n\nClipped policy gradient.\n");
        Files.writeString(notes.resolve("nlp.md"), "# NLP\n\n## What is BPE?\n\nByte-pair encoding.\n");
        Path apkg = dir.resolve("out/rl.apkg");
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg.toString(), "--topics", "rl"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("Exported 1 cards to", "Interviewer::RL");
        assertThat(apkg).exists();
    }

    @Test
    void exportAnkiExplainsWhatItCannotDoYet() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(notes.resolve("rl.md"), "# RL\n\n## What is PPO?\n\nClipped policy gradient.\n");
        String apkg = dir.resolve("x.apkg").toString();
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg, "--select", "weak"))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("error: --select weak needs the review history");
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg, "--select", "often"))
                .isEqualTo(2);
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg, "--topics", "biology"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("error: no card matches --topics biology; topics: RL, rl");
        assertThat(dir.resolve("x.apkg")).doesNotExist();
    }
}
