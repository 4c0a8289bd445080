package dev.migrator.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for tests: one embedded PostgreSQL per JVM (it takes seconds to start), a fresh
 * database in it per call, and fresh in-memory or file H2 databases.
 */
public final class Databases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {}

    /** A new, empty PostgreSQL database in the JVM's embedded server. */
    public static DataSource freshPostgres() {
        String name = "t" + COUNTER.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getDatabase("postgres", name);
    }

    /** The JDBC URL of a database made by {@link #freshPostgres()}, for other processes (user postgres, no password). */
    public static String postgresUrl(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return server().getJdbcUrl("postgres", connection.getCatalog());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty in-memory H2 database that lives until the JVM ends. */
    public static DataSource freshH2() {
        return h2("jdbc:h2:mem:t" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }

    public static DataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is ending.
                }
            }));
        }
        return postgres;
    }
}
