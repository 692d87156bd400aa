package dev.interviewer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the current schema: the numbered SQL files listed in {@code db/migrations.txt} on the
 * classpath are applied in order, each in its own transaction together with its row in {@code schema_version}, so
 * a crash mid-migration leaves the database at the previous version.
 */
final class Migrations {
    private static final String FOLDER = "db/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    /** One migration file. */
    record Migration(int version, String name, String sql) {
    }

    private final List<Migration> migrations;

    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3...: "
                        + this.migrations.get(i).name() + " is number " + (i + 1));
            }
        }
    }

    /** The migrations shipped with the app. */
    static Migrations bundled() {
        List<Migration> found = new ArrayList<>();
        for (String line : resource("migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("bad migration file name: " + name);
            }
            found.add(new Migration(Integer.parseInt(m.group(1)), name, resource(name)));
        }
        return new Migrations(found);
    }

    int latest() {
        return migrations.size();
    }

    /** The first {@code version} migrations: they build a database as the app of that schema version had it. */
    Migrations upTo(int version) {
        if (version < 1 || version > latest()) {
            throw new IllegalArgumentException("no schema version " + version + " (1-" + latest() + ")");
        }
        return new Migrations(migrations.subList(0, version));
    }

    /** Applies every migration newer than the database; returns the names applied. */
    List<String> apply(Connection connection) throws SQLException {
        createVersionTable(connection);
        int current = currentVersion(connection);
        if (current > latest()) {
            throw new StoreException("the database is at schema version " + current + " but this version of the app"
                    + " knows only up to " + latest() + ": use a newer app or another --data folder");
        }
        List<String> applied = new ArrayList<>();
        for (Migration migration : migrations.subList(current, migrations.size())) {
            if (applyOne(connection, migration)) {
                applied.add(migration.name());
            }
        }
        return applied;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
        }
    }

    /** Applies one migration unless another process got there first; true when this call applied it. */
    private static boolean applyOne(Connection connection, Migration migration) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                // Checked again under the write lock: two processes may open the same new database at once.
                if (currentVersion(connection) >= migration.version()) {
                    s.execute("COMMIT");
                    return false;
                }
                for (String statement : statements(migration.sql())) {
                    s.execute(statement);
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, migration.version());
                    p.setString(2, migration.name());
                    p.setString(3, SqlTime.format(Instant.now()));
                    p.executeUpdate();
                }
                s.execute("COMMIT");
                return true;
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw new StoreException("migration " + migration.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Splits a script into statements: comments dropped, one statement per semicolon (no semicolons in text). */
    static List<String> statements(String sql) {
        StringBuilder code = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return Arrays.stream(code.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + name, e);
        }
    }
}
