package dev.migrator.runner;

import dev.migrator.MigrationException;
import dev.migrator.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The database-wide lock that makes concurrent {@code migrate} calls apply each migration once.
 * It lives in a connection of its own, so it dies with its holder's session (a killed process
 * never leaves it behind), and it is taken by polling, so a waiter holds no transaction or
 * snapshot while it waits. Release with {@link #close()}.
 */
public interface MigrationLock extends AutoCloseable {

    /** What the lock is, for messages: enough to find its holder. */
    String describe();

    /** Releases the lock and closes its connection; never throws. */
    @Override
    void close();

    /**
     * Takes the lock for {@code dialect}'s database, waiting at most {@code timeout}.
     *
     * @throws MigrationException when the lock is still held by another session after {@code timeout}
     */
    static MigrationLock acquire(DataSource dataSource, Dialect dialect, Duration timeout) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                return dialect.transactionalDdl()
                        ? PostgresAdvisoryLock.acquire(connection, timeout)
                        : H2RowLock.acquire(connection, timeout);
            } catch (RuntimeException | SQLException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot take the migration lock: " + e.getMessage(), e);
        }
    }

    /** Sleeps between polls; interrupted waits give up with a message naming the lock. */
    static void pause(String lock) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting for the migration lock " + lock, e);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing ends the session, which releases the lock anyway.
        }
    }

    static MigrationException timedOut(String lock, Duration timeout) {
        return new MigrationException("another migration run holds the migration lock (" + lock + ") and did not "
                + "release it within " + timeout.toMillis() + " ms; wait for it to finish and retry, or raise the "
                + "lock timeout (MigratorConfiguration.lockTimeout)");
    }
}
