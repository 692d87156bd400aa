package dev.interviewer.store;

import dev.interviewer.interview.model.InvalidBackupException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory database built as the backup's schema version had it. A backup's rows go here first, so that the
 * schema checks them (types, constraints, rows that point to rows the backup lacks) and the app's own migrations
 * bring them to the current schema, before any of them reaches the store.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Connection connection;
    private final int schemaVersion;
    private final Map<String, Map<String, String>> columns = new HashMap<>();
    private final Map<String, PreparedStatement> inserts = new HashMap<>();

    private ScratchDatabase(Connection connection, int schemaVersion) {
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /** An empty database at {@code version}, open for inserts (one transaction, checked when it is migrated). */
    static ScratchDatabase at(Migrations bundled, int version) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try {
            execute(connection, "PRAGMA foreign_keys = ON");
            bundled.upTo(version).apply(connection);
            execute(connection, "BEGIN");
            // Checked at commit: a hand-made backup may list turns before their interviews.
            execute(connection, "PRAGMA defer_foreign_keys = ON");
            return new ScratchDatabase(connection, version);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    int schemaVersion() {
        return schemaVersion;
    }

    Connection connection() {
        return connection;
    }

    /** True when this schema version has the table (an older one may lack a table the backup format knows). */
    boolean has(String table) throws SQLException {
        return !columns(table).isEmpty();
    }

    /**
     * Inserts one row of the backup; {@code number} (1-based) names it in an error. Each value must have its
     * column's type: SQLite would store text in an INTEGER column, and the app could not read it back.
     */
    void insert(String table, Map<String, Object> row, int number) throws SQLException {
        Map<String, String> known = columns(table);
        for (Map.Entry<String, Object> value : row.entrySet()) {
            String type = known.get(value.getKey());
            if (type == null) {
                throw invalid(table, number, "no column named " + value.getKey() + " in schema " + schemaVersion);
            }
            if (!fits(value.getValue(), type)) {
                throw invalid(table, number, "column " + value.getKey() + " holds " + value.getValue() + ", not "
                        + type);
            }
        }
        List<String> names = new ArrayList<>(row.keySet());
        PreparedStatement insert = inserts.computeIfAbsent(table + ":" + names, k -> prepare(table, names));
        for (int i = 0; i < names.size(); i++) {
            insert.setObject(i + 1, row.get(names.get(i)));
        }
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            throw invalid(table, number, e.getMessage());
        }
    }

    /** Commits the rows (checking that every row points to rows the backup has), then migrates to {@code latest}. */
    void migrate(Migrations bundled) throws SQLException {
        try {
            execute(connection, "COMMIT");
        } catch (SQLException e) {
            throw new InvalidBackupException("the backup's rows do not fit together: " + e.getMessage()
                    + " (e.g. turns of an interview the backup does not hold)");
        }
        bundled.apply(connection);
    }

    /** The table's columns with their declared types, empty when this schema has no such table. */
    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> known = columns.get(table);
        if (known == null) {
            known = typesOf(connection, table);
            columns.put(table, known);
        }
        return known;
    }

    static Set<String> columnsOf(Connection c, String table) throws SQLException {
        return typesOf(c, table).keySet();
    }

    private static Map<String, String> typesOf(Connection c, String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name, type FROM pragma_table_info(?)")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2).toUpperCase(Locale.ROOT));
                }
            }
        }
        return types;
    }

    /** Null fits any column (NOT NULL is the schema's to check); otherwise the JSON value's kind must match. */
    private static boolean fits(Object value, String type) {
        return value == null || switch (type) {
            case "INTEGER" -> value instanceof Long;
            case "REAL" -> value instanceof Number;
            case "TEXT" -> value instanceof String;
            default -> true;
        };
    }

    /** The tables of a database, without SQLite's own. */
    static Set<String> tablesOf(Connection c) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private PreparedStatement prepare(String table, List<String> names) {
        String sql = "INSERT INTO " + BackupTable.quote(table) + " ("
                + String.join(", ", names.stream().map(BackupTable::quote).toList()) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare " + sql + ": " + e.getMessage(), e);
        }
    }

    private static InvalidBackupException invalid(String table, int number, String why) {
        return new InvalidBackupException("backup table " + table + ", row " + number + ": " + why);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // An in-memory database: closing frees it, and there is nothing to save.
        }
    }
}
