package dev.migrator.it.oracle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for the oracle: in-memory H2 databases, and databases inside one real
 * PostgreSQL server that is started once per JVM (starting it takes seconds; creating a database
 * in it takes milliseconds) and stopped by a shutdown hook.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    /** The two kinds every comparison runs on. */
    public static final String H2 = "h2";

    public static final String POSTGRESQL = "postgresql";

    /** A new empty database of {@code kind}; {@code purpose} only makes its name readable in failures. */
    public static Database create(String kind, String purpose) {
        String name = purpose.replaceAll("[^A-Za-z0-9]", "_").toLowerCase() + "_" + COUNTER.incrementAndGet();
        return switch (kind) {
            case H2 -> h2(name);
            case POSTGRESQL -> postgres(name);
            default -> throw new IllegalArgumentException("unknown database kind " + kind);
        };
    }

    private static Database h2(String name) {
        // DB_CLOSE_DELAY=-1 keeps the in-memory database alive between the connections of one test.
        return new Database(H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static Database postgres(String name) {
        EmbeddedPostgres server = PostgresServer.INSTANCE;
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
        }
        return new Database(POSTGRESQL, server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** Lazy holder: the server starts on first use of PostgreSQL only. */
    private static final class PostgresServer {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // The JVM is exiting; the server's directory is temporary anyway.
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
