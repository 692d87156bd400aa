package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.review.Fsrs;
import dev.interviewer.store.Database;
import dev.interviewer.store.SqliteInterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} from the command line: atomic file, merge summary, one-line errors. */
class BackupCommandsTest {
    private static final KnowledgeBase KB = Fixtures.sixCards();

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void backupThenRestoreIntoAnEmptyFolderThenAgainChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        String id = practise(data);
        Path backup = dir.resolve("backups/history.json");

        assertThat(run("backup", "--data", data.toString(), "--out", backup.toString())).as(err::toString).isEqualTo(0);
        assertThat(out.toString()).startsWith("Backed up 1 interviews (2 turns) and the review state of 1 cards to");
        assertThat(Files.list(backup.getParent())).containsExactly(backup);

        Path fresh = dir.resolve("fresh");
        assertThat(run("restore", backup.toString(), "--data", fresh.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Restored " + backup + " into " + fresh + ":",
                "interviews    1 added, 0 updated, 0 already there", "turns         2 added");
        try (Database db = Database.open(fresh.resolve("interviewer.db"))) {
            assertThat(new SqliteInterviewStore(db, x -> java.util.Optional.empty()).list())
                    .extracting(InterviewSummary::id).containsExactly(id);
        }

        assertThat(run("restore", backup.toString(), "--data", fresh.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("Nothing to restore: everything in " + backup + " is already in");
    }

    @Test
    void badBackupsAndMissingHistoryFailWithOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"interviewer-backup\", \"version\": 7}");

        assertThat(run("restore", bad.toString(), "--data", dir.resolve("data").toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: bad.json: this backup is in format version 7, and this version"
                + " of Interviewer reads format version 1: update Interviewer to restore it" + System.lineSeparator());
        assertThat(run("restore", dir.resolve("none.json").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: ").contains("none.json not found");
        assertThat(run("backup", "--data", dir.resolve("empty").toString(), "--out", "x.json")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: no history to back up: ").contains("interviewer.db");
        assertThat(dir.resolve("empty")).doesNotExist();
        assertThat(run("backup", "--data", dir.toString())).isEqualTo(2);
    }

    /** One finished interview of one question with a follow-up, so one card has a review state. */
    private static String practise(Path data) {
        try (Database db = Database.open(data.resolve("interviewer.db"))) {
            SqliteInterviewStore store = new SqliteInterviewStore(db, id -> KB.card(id).map(CardSnapshot::of));
            InterviewService service = InterviewService.builder(() -> KB, new KeywordGrader(), store)
                    .schedule(new SqliteReviewSchedule(db, Fsrs.withRetention(0.9))).build();
            String id = service.start(new InterviewConfig(List.of("kv"), 1, 0, "en", 1, InterviewMode.INTERVIEW))
                    .id();
            service.answer(id, "no idea");
            service.answer(id, Fixtures.keyword("kv", 1) + " at " + Instant.now());
            return id;
        }
    }
}
