package dev.migrator.runner;

import dev.migrator.operation.JdbcStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** One executable step of a migration: a SQL statement, or Java code run with the connection. */
public sealed interface Step {

    /** Runs the step on {@code connection}. */
    void run(Connection connection) throws SQLException;

    /** What the step is, for error messages: the SQL, or the Java step's description. */
    String describe();

    /**
     * Whether PostgreSQL refuses to run the step inside a transaction block ({@code create index
     * concurrently}, {@code drop index concurrently}, {@code reindex ... concurrently},
     * {@code vacuum}, {@code create database}...); a migration with such a step runs without one.
     */
    default boolean refusesTransaction() {
        return false;
    }

    /** One SQL statement. */
    record Sql(String sql) implements Step {
        private static final Pattern OUTSIDE_TRANSACTION = Pattern.compile(
                "(?is)\\s*(?:(?:create\\s+(?:unique\\s+)?|drop\\s+)index\\s+concurrently\\b"
                        + "|reindex\\b.*\\bconcurrently\\b|vacuum\\b|(?:create|drop)\\s+database\\b"
                        + "|(?:create|drop)\\s+tablespace\\b|alter\\s+system\\b).*");

        @Override
        public boolean refusesTransaction() {
            return OUTSIDE_TRANSACTION.matcher(sql).matches();
        }

        @Override
        public void run(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public String describe() {
            return sql;
        }
    }

    /** Java code of a {@code runJava} operation. */
    record Java(String description, JdbcStep step) implements Step {
        @Override
        public void run(Connection connection) throws SQLException {
            step.run(connection);
        }

        @Override
        public String describe() {
            return "Java step \"" + description + "\"";
        }
    }
}
