package dev.migrator.it.scenario;

import dev.migrator.dialect.Dialect;
import dev.migrator.it.oracle.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of some columns of one table, read back as comparable text: one line per row, the
 * values in column order, rows sorted (rows are compared as a multiset: a migration need not keep
 * their physical order). Numbers are normalised ({@code 1}, {@code 1.00} and a {@code bigint} 1
 * are the same value), so a widened type still holds "the same" data.
 */
public final class RowData {
    private RowData() {}

    public static List<String> read(Database database, String table, List<String> columns) {
        Dialect dialect = Dialect.named(database.kind());
        String sql = "select " + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + " from "
                + dialect.quoteQualified(table);
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(normalise(rs.getObject(i)));
                }
                rows.add(String.join(" | ", values));
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + columns + " of " + table + " on " + database + ": " + e.getMessage(), e);
        }
        rows.sort(null);
        return rows;
    }

    private static String normalise(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString().strip();
    }
}
