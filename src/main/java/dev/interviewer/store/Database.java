package dev.interviewer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite database file: a small pool of connections (WAL, synchronous=NORMAL, busy_timeout, foreign keys),
 * migrated to the current schema when opened. Reads run in parallel, each in its own read transaction (WAL gives
 * each a consistent snapshot while a write goes on). Writes take an in-process lock and {@code BEGIN IMMEDIATE}:
 * SQLite has one writer at a time anyway, and queueing writers on a Java lock keeps them out of SQLite's sleeping
 * busy handler; busy_timeout still covers another process (a CLI command) holding the file.
 */
public final class Database implements AutoCloseable {
    static final int POOL_SIZE = 4;
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final List<Connection> connections;
    private final BlockingQueue<Connection> idle;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final boolean lockWrites;
    private final int schemaVersion;

    private Database(Path file, List<Connection> connections, boolean lockWrites, int schemaVersion) {
        this.file = file;
        this.lockWrites = lockWrites;
        this.connections = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) the database file and applies the bundled migrations. */
    public static Database open(Path file) {
        return open(file, Migrations.bundled());
    }

    static Database open(Path file, Migrations migrations) {
        return open(file, migrations, POOL_SIZE, true);
    }

    /**
     * @param poolSize   connections; 1 makes every read wait for every write
     * @param lockWrites false leaves concurrent writers to SQLite's own locking and busy handler (for measuring)
     */
    static Database open(Path file, Migrations migrations, int poolSize, boolean lockWrites) {
        createParent(file);
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                opened.add(connect(file));
            }
            migrations.apply(opened.get(0));
            return new Database(file, opened, lockWrites, Migrations.currentVersion(opened.get(0)));
        } catch (SQLException | RuntimeException e) {
            opened.forEach(Database::closeQuietly);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs read-only work in one read transaction. */
    public <T> T read(SqlWork<T> work) {
        return withConnection(connection -> inTransaction(connection, "BEGIN", work));
    }

    /** Runs work in one write transaction, committed with synchronous=NORMAL (survives a process crash). */
    public <T> T write(SqlWork<T> work) {
        return locked(() -> withConnection(connection -> inTransaction(connection, "BEGIN IMMEDIATE", work)));
    }

    /**
     * Runs work in one write transaction committed with synchronous=FULL: the commit is fsynced, so it also
     * survives a power cut or an OS crash. Used for what the candidate typed, which nothing can regenerate.
     */
    public <T> T writeDurably(SqlWork<T> work) {
        return locked(() -> withConnection(connection -> {
            pragma(connection, "synchronous = FULL");
            try {
                return inTransaction(connection, "BEGIN IMMEDIATE", work);
            } finally {
                pragma(connection, "synchronous = NORMAL");
            }
        }));
    }

    @Override
    public void close() {
        connections.forEach(Database::closeQuietly);
    }

    private <T> T locked(Supplier<T> action) {
        if (!lockWrites) {
            return action.get();
        }
        writeLock.lock();
        try {
            return action.get();
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        Connection connection = borrow();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database " + file + ": " + e.getMessage(), e);
        } finally {
            idle.add(connection);
        }
    }

    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(begin);
        }
        boolean committed = false;
        try {
            T result = work.run(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollback(connection);
            }
        }
    }

    private Connection borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection");
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        // Switched to WAL only once busy_timeout is in force: on a new file several openers race for the lock
        // this needs, and without the timeout the losers fail at once with SQLITE_BUSY.
        pragma(connection, "journal_mode=WAL");
        return connection;
    }

    private static void pragma(Connection connection, String setting) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA " + setting);
        }
    }

    private static void rollback(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // The transaction is already gone (SQLite rolls back on some errors by itself): nothing to undo.
        }
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create folder for " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing on shutdown or after a failed open: there is nothing left to save.
        }
    }
}
