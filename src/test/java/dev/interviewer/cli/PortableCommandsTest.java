package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.portable.CardImporter;
import dev.interviewer.review.Fsrs;
import dev.interviewer.store.Database;
import dev.interviewer.store.SqliteReviewSchedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    void exportAnkiOfWeakOrDueCardsTakesThemFromTheReviewHistory() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(notes.resolve("rl.md"), "# RL\n\n## What is PPO?\n\nClipped policy gradient.\n\n"
                + "## What is DPO?\n\nPreference optimisation without a reward model.\n");
        Files.writeString(notes.resolve("nlp.md"), "# NLP\n\n## What is BPE?\n\nByte-pair encoding.\n");
        Path data = dir.resolve("data");
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        try (Database db = Database.open(data.resolve("interviewer.db"))) {
            SqliteReviewSchedule schedule = new SqliteReviewSchedule(db, Fsrs.withRetention(0.9));
            schedule.record("rl/what-is-ppo", 2.0, weekAgo);
            schedule.record("nlp/what-is-bpe", 6.0, weekAgo);
            schedule.record("rl/what-is-dpo", 9.5, Instant.now());
            schedule.record("removed/card", 1.0, weekAgo);
        }
        String[] common = {"--knowledge", notes.toString(), "--data", data.toString()};

        Path weak = dir.resolve("weak.apkg");
        assertThat(run(concat(common, "export-anki", "--select", "weak", "--out", weak.toString()))).isEqualTo(0);
        assertThat(out.toString()).contains("Exported 2 weak cards to", "Left out 1 reviewed cards");
        assertThat(questionsIn(weak)).containsExactlyInAnyOrder("What is PPO?", "What is BPE?");

        Path due = dir.resolve("due.apkg");
        assertThat(run(concat(common, "export-anki", "--select", "due", "--topics", "rl", "--out", due.toString())))
                .isEqualTo(0);
        assertThat(questionsIn(due)).containsExactly("What is PPO?");
    }

    @Test
    void exportAnkiSaysWhyNothingWasExported() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(notes.resolve("rl.md"), "# RL\n\n## What is PPO?\n\nClipped policy gradient.\n");
        String apkg = dir.resolve("x.apkg").toString();
        String data = dir.resolve("data").toString();
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--data", data, "--out", apkg, "--select",
                "weak")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: --select weak needs the review history, and ")
                .contains("does not exist: practise first, or pass --data DIR");
        try (Database db = Database.open(dir.resolve("data/interviewer.db"))) {
            new SqliteReviewSchedule(db, Fsrs.withRetention(0.9)).record("rl/what-is-ppo", 9.0, Instant.now());
        }
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--data", data, "--out", apkg, "--select",
                "weak")).isEqualTo(1);
        assertThat(err.toString()).contains("error: no weak cards in the history in ",
                "(no card's last answer scored below 7)");
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg, "--select", "often"))
                .isEqualTo(2);
        assertThat(run("export-anki", "--knowledge", notes.toString(), "--out", apkg, "--topics", "biology"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("error: no card matches --topics biology; topics: RL, rl");
        assertThat(dir.resolve("x.apkg")).doesNotExist();
    }

    /** The questions of a package, as importing it gives them back. */
    private List<String> questionsIn(Path apkg) throws IOException {
        Path back = dir.resolve("back-" + apkg.getFileName());
        new CardImporter().importFile(apkg, back, "", false);
        return new NotesLoader().load(back).cards().stream().map(Card::question).toList();
    }

    private static String[] concat(String[] common, String... args) {
        String[] all = new String[args.length + common.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(common, 0, all, args.length, common.length);
        return all;
    }
}
