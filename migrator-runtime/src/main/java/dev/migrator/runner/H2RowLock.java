package dev.migrator.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2 has no advisory locks, so the lock is the single row of a table {@value #TABLE}, selected
 * {@code for update} in an open transaction of the lock's own connection (migrations run on
 * another connection, whose implicit DDL commits would end it). Polled with a short
 * {@code LOCK_TIMEOUT}; released by rollback, or by the session's end.
 */
final class H2RowLock implements MigrationLock {
    static final String TABLE = "migrator_lock";

    /** H2's ErrorCode.LOCK_TIMEOUT_1. */
    private static final int LOCK_TIMEOUT = 50200;

    /** H2's ErrorCode.DUPLICATE_KEY_1. */
    private static final int DUPLICATE_KEY = 23505;

    private final Connection connection;

    private H2RowLock(Connection connection) {
        this.connection = connection;
    }

    static H2RowLock acquire(Connection connection, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            createLockRow(statement);
            statement.execute("set lock_timeout 100");
        }
        connection.setAutoCommit(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!tryLock(connection)) {
            if (System.nanoTime() >= deadline) {
                throw MigrationLock.timedOut(description(), timeout);
            }
            MigrationLock.pause(description());
        }
        return new H2RowLock(connection);
    }

    @Override
    public String describe() {
        return description();
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Closing the session below releases it too.
        } finally {
            MigrationLock.closeQuietly(connection);
        }
    }

    private static void createLockRow(Statement statement) throws SQLException {
        statement.execute("create table if not exists " + TABLE + " (id integer not null primary key)");
        // Insert only when missing: a merge would write the row, and so wait for (and time out on)
        // the row lock that the current holder has on it, while migrations run under load.
        try {
            statement.execute("insert into " + TABLE + " (id) select 1 where not exists (select 1 from " + TABLE
                    + " where id = 1)");
        } catch (SQLException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) {
                throw e;
            }
            // Another session inserted it at the same moment; the row is there either way.
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("select id from " + TABLE + " where id = 1 for update").close();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                connection.rollback();
                return false;
            }
            throw e;
        }
    }

    private static String description() {
        return "H2 row lock on " + TABLE + " (id = 1)";
    }
}
