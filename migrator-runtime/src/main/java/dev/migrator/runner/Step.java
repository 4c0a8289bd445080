package dev.migrator.runner;

import dev.migrator.operation.JdbcStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One executable step of a migration: a SQL statement, or Java code run with the connection. */
public sealed interface Step {

    /** Runs the step on {@code connection}. */
    void run(Connection connection) throws SQLException;

    /** What the step is, for error messages: the SQL, or the Java step's description. */
    String describe();

    /** One SQL statement. */
    record Sql(String sql) implements Step {
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
