package dev.interviewer.store;

import dev.interviewer.interview.model.RestoreSummary.TableCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the rows of a scratch database (a backup, migrated) into the store, table by table, parents first, inside
 * the caller's write transaction: each row is added, or left out because the store has it already, or (a card's
 * review state) replaces an older copy. See {@link BackupTable.Merge}.
 */
final class BackupMerge {
    private final Connection from;
    private final Connection to;
    private final Set<String> newInterviews = new HashSet<>();

    BackupMerge(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    List<TableCount> run() throws SQLException {
        List<TableCount> counts = new ArrayList<>();
        for (BackupTable table : BackupTable.ALL) {
            counts.add(merge(table));
        }
        return counts;
    }

    private TableCount merge(BackupTable table) throws SQLException {
        List<String> columns = new ArrayList<>(ScratchDatabase.columnsOf(to, table.name()));
        columns.removeAll(table.omitted());
        int added = 0;
        int updated = 0;
        int present = 0;
        String select = "SELECT " + String.join(", ", columns.stream().map(BackupTable::quote).toList())
                + " FROM " + BackupTable.quote(table.name()) + " ORDER BY rowid";
        try (Rows target = new Rows(to, table, columns); PreparedStatement p = from.prepareStatement(select);
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                switch (outcome(table, target, row, columns)) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case PRESENT -> present++;
                }
            }
        }
        return new TableCount(table.name(), added, updated, present);
    }

    private enum Outcome { ADDED, UPDATED, PRESENT }

    private Outcome outcome(BackupTable table, Rows target, Object[] row, List<String> columns) throws SQLException {
        return switch (table.merge()) {
            case KEEP_EXISTING -> {
                if (target.exists(row)) {
                    yield Outcome.PRESENT;
                }
                target.insert(row, false);
                if (table.name().equals("interviews")) {
                    newInterviews.add((String) row[columns.indexOf("id")]);
                }
                yield Outcome.ADDED;
            }
            case WITH_NEW_INTERVIEW -> {
                if (!newInterviews.contains((String) row[columns.indexOf("interview_id")])) {
                    yield Outcome.PRESENT;
                }
                target.insert(row, false);
                yield Outcome.ADDED;
            }
            case LATER_REVIEW_WINS -> {
                String theirs = (String) row[columns.indexOf("last_review")];
                String ours = target.value(row, "last_review");
                if (ours == null) {
                    target.insert(row, false);
                    yield Outcome.ADDED;
                }
                // Fixed-width UTC text (SqlTime): comparing the text compares the instants.
                if (theirs.compareTo(ours) <= 0) {
                    yield Outcome.PRESENT;
                }
                target.insert(row, true);
                yield Outcome.UPDATED;
            }
        };
    }

    /** The store's side of one table: lookups by the table's key and inserts of whole rows. */
    private static final class Rows implements AutoCloseable {
        private final Connection c;
        private final BackupTable table;
        private final List<String> columns;
        private final int[] keyIndexes;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Rows(Connection c, BackupTable table, List<String> columns) {
            this.c = c;
            this.table = table;
            this.columns = columns;
            this.keyIndexes = table.key().stream().mapToInt(columns::indexOf).toArray();
        }

        boolean exists(Object[] row) throws SQLException {
            return value(row, table.key().get(0)) != null;
        }

        /** A column of the store's row with this row's key, as text; null when the store has no such row. */
        String value(Object[] row, String column) throws SQLException {
            String sql = "SELECT " + BackupTable.quote(column) + " FROM " + BackupTable.quote(table.name())
                    + " WHERE " + String.join(" AND ", table.key().stream().map(k -> BackupTable.quote(k) + " = ?")
                    .toList());
            PreparedStatement p = statement(sql);
            for (int i = 0; i < keyIndexes.length; i++) {
                p.setObject(i + 1, row[keyIndexes[i]]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }

        void insert(Object[] row, boolean replace) throws SQLException {
            String sql = (replace ? "INSERT OR REPLACE INTO " : "INSERT INTO ") + BackupTable.quote(table.name())
                    + " (" + String.join(", ", columns.stream().map(BackupTable::quote).toList()) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
            PreparedStatement p = statement(sql);
            for (int i = 0; i < row.length; i++) {
                p.setObject(i + 1, row[i]);
            }
            p.executeUpdate();
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement p = statements.get(sql);
            if (p == null) {
                p = c.prepareStatement(sql);
                statements.put(sql, p);
            }
            return p;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
        }
    }
}
