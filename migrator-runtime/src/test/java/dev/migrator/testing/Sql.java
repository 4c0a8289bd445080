package dev.migrator.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC for tests: run statements, read one column. */
public final class Sql {
    private Sql() {}

    /** Runs the statements in order on one connection; a failure names the statements. */
    public static void run(DataSource db, List<String> statements) {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(statements + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row of {@code query}, as JDBC's {@code getString} gives it. */
    public static List<String> strings(DataSource db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
