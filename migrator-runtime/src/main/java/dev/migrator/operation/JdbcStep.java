package dev.migrator.operation;

import java.sql.Connection;
import java.sql.SQLException;

/** Java code that a migration runs with its JDBC connection, inside the migration's transaction where there is one. */
@FunctionalInterface
public interface JdbcStep {
    void run(Connection connection) throws SQLException;
}
