package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.interview.model.TargetStore;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.phrasing.Prompt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved targets and plans in SQLite: the contract, a reopen, and plans that go with their interview. */
class SqliteTargetStoreTest extends TargetStoreContract {
    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    private Database db() {
        Database db = Database.open(dir.resolve("interviewer.db"));
        opened.add(db);
        return db;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Override
    protected TargetStore newStore() {
        return new SqliteTargetStore(db());
    }

    @Override
    protected void interviewExists(String id) {
        create(new SqliteInterviewStore(db(), c -> Optional.empty()), id, InterviewConfig.defaults());
    }

    private static void create(SqliteInterviewStore store, String id, InterviewConfig config) {
        store.create(StoredInterview.started(id, config, 1, List.of("rlhf/dpo"), T0,
                Turn.asked(0, 1, "rlhf/dpo", TurnKind.QUESTION, List.of(), Prompt.offline("Q1"), T0)));
    }

    @Test
    void keepsTargetsAndPlansAcrossAReopen() {
        interviewExists("i1");
        String id = targets.save("Acme ML", "- DPO", T0).id();
        targets.savePlan("i1", id, List.of(new QuestionRequirement(1, "rlhf/dpo", "DPO", 1, "")));

        TargetStore reopened = new SqliteTargetStore(db());

        assertThat(reopened.find(id).orElseThrow().name()).isEqualTo("Acme ML");
        assertThat(reopened.plan("i1")).extracting(QuestionRequirement::requirement).containsExactly("DPO");
    }

    @Test
    void aDeletedInterviewTakesItsPlanAlong() {
        SqliteInterviewStore interviews = new SqliteInterviewStore(db(), c -> Optional.empty());
        create(interviews, "i1", InterviewConfig.defaults());
        targets.savePlan("i1", "", List.of(new QuestionRequirement(1, "gap/i1/1", "Kubernetes", 1, "Why?")));

        interviews.delete("i1");

        assertThat(targets.plan("i1")).isEmpty();
        assertThat(targets.gap("gap/i1/1")).isEmpty();
    }

    @Test
    void savedTargetsAndAnInterviewsRequirementsAreBackedUpAndRestoredOnce() throws Exception {
        interviewExists("i1");
        String id = targets.save("Acme ML", "- DPO", T0).id();
        targets.savePlan("i1", id, List.of(new QuestionRequirement(1, "gap/i1/1", "Kubernetes", 0.5, "Why?")));
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        new HistoryBackup(opened.get(0), "test", Clock.systemUTC()).backup(backup);

        Database other = Database.open(dir.resolve("other").resolve("interviewer.db"));
        opened.add(other);
        HistoryBackup restore = new HistoryBackup(other, "test", Clock.systemUTC());
        restore.restore(new ByteArrayInputStream(backup.toByteArray()));
        restore.restore(new ByteArrayInputStream(backup.toByteArray()));

        SqliteTargetStore restored = new SqliteTargetStore(other);
        assertThat(restored.list()).extracting(t -> t.name()).containsExactly("Acme ML");
        assertThat(restored.gap("gap/i1/1").orElseThrow().gapQuestion()).isEqualTo("Why?");
        assertThat(restored.interviewIds(id)).containsExactly("i1");
    }

    @Test
    void aTargetedConfigWithItsStyleAndTimerIsStoredWithTheInterview() {
        SqliteInterviewStore interviews = new SqliteInterviewStore(db(), c -> Optional.empty());
        InterviewConfig config = new InterviewConfig(List.of(), 3, 2, "en", 3, InterviewMode.DRILL,
                InterviewStyle.PRESSURE, 2, new TargetChoice("- DPO", "t1", "Acme ML", Reach.EXPLORE, false));
        create(interviews, "i1", config);

        InterviewConfig read = new SqliteInterviewStore(db(), c -> Optional.empty()).load("i1").orElseThrow()
                .config();

        assertThat(read).isEqualTo(config);
        assertThat(read.target().reach()).isEqualTo(Reach.EXPLORE);
    }
}
