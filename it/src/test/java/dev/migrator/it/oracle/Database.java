package dev.migrator.it.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One empty test database: which kind it is ({@code "h2"} or {@code "postgresql"}, the names
 * {@code Dialect.named} knows) and how to reach it. Each comparison gets fresh ones, so no test
 * sees another's tables.
 */
public record Database(String kind, String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The schema that unqualified names land in: H2 folds unquoted names to upper case, PostgreSQL to lower. */
    public String defaultSchema() {
        return isH2() ? "PUBLIC" : "public";
    }

    public boolean isH2() {
        return kind.equals("h2");
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }
}
