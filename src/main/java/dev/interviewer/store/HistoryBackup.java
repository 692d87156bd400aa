package dev.interviewer.store;

import dev.interviewer.interview.model.HistoryArchive;
import dev.interviewer.interview.model.InvalidBackupException;
import dev.interviewer.interview.model.RestoreSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Backs up the SQLite store as one JSON document ({@link BackupFormat}) and restores such documents into it. A
 * restore reads the backup into a scratch database of the backup's schema, migrates it with the app's own
 * migrations, then merges it into the store in one durable transaction ({@link BackupMerge}): a failure anywhere
 * leaves the store as it was, and what the store already has is never duplicated.
 */
public final class HistoryBackup implements HistoryArchive {
    private final Database db;
    private final Migrations migrations;
    private final String appVersion;
    private final Clock clock;

    /** @param appVersion written into each backup, for whoever reads it later */
    public HistoryBackup(Database db, String appVersion, Clock clock) {
        this(db, Migrations.bundled(), appVersion, clock);
    }

    HistoryBackup(Database db, Migrations migrations, String appVersion, Clock clock) {
        this.db = db;
        this.migrations = migrations;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> backup(OutputStream out) throws IOException {
        try {
            return db.read(c -> {
                try {
                    return BackupFormat.write(c, db.schemaVersion(), appVersion, clock.instant(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public RestoreSummary restore(InputStream in) throws IOException {
        try (ScratchDatabase scratch = new BackupReader(migrations).read(in)) {
            migrate(scratch);
            readable(scratch.connection());
            List<RestoreSummary.TableCount> counts = db.writeDurably(c -> new BackupMerge(scratch.connection(), c)
                    .run());
            return new RestoreSummary(scratch.schemaVersion(), db.schemaVersion(), counts);
        }
    }

    /**
     * Reads every interview and review state of the migrated backup as the app will: a row the schema accepts but
     * the app cannot read (a grade that is not JSON, an unknown status) would break the history after a restore.
     */
    private static void readable(Connection c) {
        InterviewRows rows = new InterviewRows();
        String id = null;
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM interviews ORDER BY rowid");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                id = rs.getString(1);
                rows.select(c, id);
            }
            id = null;
            SqliteReviewSchedule.all(c);
        } catch (SQLException | RuntimeException e) {
            throw new InvalidBackupException("the backup's " + (id == null ? "review state" : "interview " + id)
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void migrate(ScratchDatabase scratch) {
        try {
            scratch.migrate(migrations);
        } catch (SQLException | StoreException e) {
            throw new InvalidBackupException("cannot migrate the backup from database schema "
                    + scratch.schemaVersion() + " to " + migrations.latest() + ": " + e.getMessage(), e);
        }
    }
}
