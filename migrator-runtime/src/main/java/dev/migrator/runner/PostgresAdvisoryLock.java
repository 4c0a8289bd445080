package dev.migrator.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A session-level PostgreSQL advisory lock, polled with {@code pg_try_advisory_lock} in
 * auto-commit mode. A blocking {@code pg_advisory_lock} would keep the waiter inside a statement
 * with a snapshot, which makes {@code CREATE INDEX CONCURRENTLY} in the holder wait for the waiter:
 * a deadlock (flyway#1654, flyway#3682). Polling waiters are idle between polls.
 */
final class PostgresAdvisoryLock implements MigrationLock {
    /** The lock key: the bytes of "migrator" as a bigint. In pg_locks: classid 1835624306, objid 1918989426. */
    static final long KEY = 0x6d69677261746f72L;

    private final Connection connection;

    private PostgresAdvisoryLock(Connection connection) {
        this.connection = connection;
    }

    static PostgresAdvisoryLock acquire(Connection connection, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!tryLock(connection)) {
            if (System.nanoTime() >= deadline) {
                throw MigrationLock.timedOut(description(), timeout);
            }
            MigrationLock.pause(description());
        }
        return new PostgresAdvisoryLock(connection);
    }

    @Override
    public String describe() {
        return description();
    }

    @Override
    public void close() {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException ignored) {
            // Closing the session below releases it too.
        } finally {
            MigrationLock.closeQuietly(connection);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String description() {
        return "PostgreSQL advisory lock " + KEY + " 'migrator'; its holder: select pid from pg_locks where "
                + "locktype = 'advisory' and classid = 1835624306 and objid = 1918989426";
    }
}
