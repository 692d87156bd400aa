package dev.interviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.review.Fsrs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database brings it to the current schema, from nothing or from an older version, keeping its data. */
class DatabaseMigrationTest {
    /** Schema version 1 exactly as the first release created it, written out here so later edits cannot move it. */
    private static final String V1 = """
            CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            INSERT INTO schema_version VALUES (1, 'V1__interviews_and_turns.sql', '2026-01-01T00:00:00.000000000Z');
            CREATE TABLE interviews (id TEXT PRIMARY KEY, config TEXT NOT NULL, seed INTEGER NOT NULL,
                card_ids TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'FINISHED', 'ENDED')),
                created_at TEXT NOT NULL, finished_at TEXT, closing TEXT NOT NULL DEFAULT '', score REAL);
            CREATE INDEX interviews_by_created ON interviews (created_at);
            CREATE TABLE turns (interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
                idx INTEGER NOT NULL CHECK (idx >= 0), question INTEGER NOT NULL CHECK (question >= 1),
                card_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('QUESTION', 'FOLLOW_UP')),
                targets TEXT NOT NULL DEFAULT '[]', prompt_text TEXT NOT NULL, prompt_engine TEXT NOT NULL,
                prompt_fallback INTEGER NOT NULL DEFAULT 0, prompt_pending INTEGER NOT NULL DEFAULT 0,
                prompt_input_tokens INTEGER NOT NULL DEFAULT 0, prompt_output_tokens INTEGER NOT NULL DEFAULT 0,
                hints TEXT NOT NULL DEFAULT '[]', answer TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('ASKED', 'ANSWERED', 'GRADED', 'SKIPPED')), grade TEXT,
                grading_input_tokens INTEGER NOT NULL DEFAULT 0, grading_output_tokens INTEGER NOT NULL DEFAULT 0,
                asked_at TEXT NOT NULL, answered_at TEXT, graded_at TEXT, PRIMARY KEY (interview_id, idx));
            INSERT INTO interviews VALUES ('old', '{"topics":["rlhf"],"questions":2,"level":0,"language":"zh",\
            "followUps":1,"mode":"interview"}', 5, '["rlhf/ppo","rlhf/dpo"]', 'ACTIVE',
                '2026-01-01T10:00:00.000000000Z', NULL, '', NULL);
            INSERT INTO turns (interview_id, idx, question, card_id, kind, prompt_text, prompt_engine, answer, status,
                grade, asked_at, answered_at, graded_at) VALUES ('old', 0, 1, 'rlhf/ppo', 'QUESTION', '讲讲 PPO',
                'offline', 'PPO 用裁剪的比率', 'GRADED', '{"score":7.0,"band":"partial","covered":[],"missed":[],\
            "pitfalls":[],"feedback":"ok","references":[],"engine":"offline","fallback":false,"latencyMs":5,\
            "cardId":"rlhf/ppo","matched":true}', '2026-01-01T10:00:01.000000000Z', '2026-01-01T10:01:00.000000000Z',
                '2026-01-01T10:01:01.000000000Z');
            INSERT INTO turns (interview_id, idx, question, card_id, kind, prompt_text, prompt_engine, answer, status,
                asked_at, answered_at) VALUES ('old', 1, 2, 'rlhf/dpo', 'QUESTION', '讲讲 DPO', 'offline',
                'DPO 不需要奖励模型', 'ANSWERED', '2026-01-01T10:01:02.000000000Z', '2026-01-01T10:02:00.000000000Z');
            """;

    @TempDir
    Path dir;

    @Test
    void createsTheWholeSchemaInAnEmptyFolder() throws SQLException {
        Path file = dir.resolve("nested/interviewer.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.bundled().latest()).isEqualTo(4);
            assertThat(tables(db)).contains("schema_version", "interviews", "turns", "card_reviews", "review_log",
                    "targets", "interview_requirements");
            assertThat(value(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(value(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(value(db, "PRAGMA synchronous")).isEqualTo("1");
            assertThat(value(db, "PRAGMA busy_timeout")).isEqualTo("10000");
        }
    }

    @Test
    void upgradesAVersionOneDatabaseAndKeepsItsInterviews() throws SQLException {
        Path file = dir.resolve("interviewer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : Migrations.statements(V1)) {
                s.execute(statement);
            }
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.bundled().latest());
            SqliteInterviewStore store = new SqliteInterviewStore(db, id -> id.equals("rlhf/ppo")
                    ? Optional.of(new CardSnapshot(id, "PPO", "讲讲 PPO", "裁剪", "rlhf.md#PPO", "RLHF")) : Optional.empty());

            StoredInterview old = store.load("old").orElseThrow();
            assertThat(old.status()).isEqualTo(InterviewStatus.ACTIVE);
            assertThat(old.config().topics()).containsExactly("rlhf");
            assertThat(old.cardIds()).containsExactly("rlhf/ppo", "rlhf/dpo");
            assertThat(old.turns()).extracting(Turn::answer).containsExactly("PPO 用裁剪的比率", "DPO 不需要奖励模型");
            assertThat(old.turns()).extracting(Turn::status).containsExactly(TurnStatus.GRADED, TurnStatus.ANSWERED);
            assertThat(old.turns().get(0).grade().score()).isEqualTo(7.0);
            assertThat(store.list()).extracting(InterviewSummary::answered).containsExactly(2);

            assertThat(store.cardSnapshots("old")).isEmpty();
            assertThat(store.backfillSnapshots()).isEqualTo(1);
            assertThat(store.cardSnapshots("old")).containsOnlyKeys("rlhf/ppo");

            SqliteReviewSchedule schedule = new SqliteReviewSchedule(db, Fsrs.withRetention(0.9));
            schedule.record("rlhf/ppo", 7.0, Instant.parse("2026-01-01T10:01:01Z"));
            assertThat(schedule.card("rlhf/ppo")).isPresent();
        }
    }

    @Test
    void appliesNothingTwice() {
        Path file = dir.resolve("interviewer.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertThat(value(db, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(String.valueOf(Migrations.bundled().latest()));
        }
    }

    @Test
    void migratesOnceWhenSeveralOpenANewDatabaseAtOnce() throws Exception {
        Path file = dir.resolve("interviewer.db");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opens.add(pool.submit(() -> {
                    try (Database db = Database.open(file)) {
                        return db.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> open : opens) {
                assertThat(open.get()).isEqualTo(Migrations.bundled().latest());
            }
        } finally {
            pool.shutdown();
        }
        try (Database db = Database.open(file)) {
            assertThat(value(db, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(String.valueOf(Migrations.bundled().latest()));
        }
    }

    @Test
    void refusesADatabaseFromANewerApp() {
        Path file = dir.resolve("interviewer.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x')");
                }
            });
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void rollsBackAFailedMigrationAsAWhole() {
        Path file = dir.resolve("interviewer.db");
        List<Migrations.Migration> withBroken = new ArrayList<>(List.of(
                new Migrations.Migration(1, "V1__a.sql", "CREATE TABLE a (x INTEGER);"),
                new Migrations.Migration(2, "V2__b.sql", "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);")));

        assertThatThrownBy(() -> Database.open(file, new Migrations(withBroken)))
                .isInstanceOf(StoreException.class).hasMessageContaining("V2__b.sql");

        try (Database db = Database.open(file, new Migrations(withBroken.subList(0, 1)))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            assertThat(tables(db)).contains("a").doesNotContain("b");
        }
    }

    @Test
    void splitsScriptsIntoStatementsWithoutComments() {
        assertThat(Migrations.statements("-- header\nCREATE TABLE a (x INT); -- why\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }

    private static List<String> tables(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static String value(Database db, String sql) {
        return db.read(c -> query(c, sql));
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
