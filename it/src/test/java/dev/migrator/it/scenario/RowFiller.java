package dev.migrator.it.scenario;

import dev.migrator.dialect.Dialect;
import dev.migrator.it.oracle.Database;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts {@link #ROWS} rows into every table of a schema model, so that a migration is proven on a
 * database that holds data. Values are chosen per logical type and row number (distinct per row,
 * so unique constraints and keys hold), inside the column's check ({@code between} ranges and
 * {@code in} lists, as Hibernate writes them for enums and discriminators) and the table's
 * enum values; a foreign key column takes the values of the same row of the referenced table,
 * which is filled first (a nullable key to a table not yet filled, as in a cycle, stays null).
 * Types that have no portable literal (large objects, which are {@code oid} on PostgreSQL, JSON,
 * intervals, custom definitions) stay null where nullable.
 */
public final class RowFiller {
    public static final int ROWS = 2;

    private static final Pattern BETWEEN = Pattern.compile("(?i)between\\s+(-?\\d+)\\s+and\\s+(-?\\d+)");
    private static final Pattern IN_LIST = Pattern.compile("(?i)\\bin\\s*\\(([^()]*)\\)");

    private RowFiller() {}

    public static void fill(Database database, Schema schema) {
        fill(database, schema, false);
    }

    /**
     * Fills every table; with {@code nulls}, a nullable column outside the primary key and the
     * foreign keys is left NULL, as real data often is.
     */
    public static void fill(Database database, Schema schema, boolean nulls) {
        Dialect dialect = Dialect.named(database.kind());
        Map<String, List<Map<String, Object>>> filled = new HashMap<>();
        try (Connection connection = database.connect()) {
            for (Table table : order(schema)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int row = 1; row <= ROWS; row++) {
                    Map<String, Object> values = values(table, row, filled, nulls);
                    insert(connection, dialect, table, values);
                    rows.add(values);
                }
                filled.put(table.name(), rows);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot fill " + database + " with rows: " + e.getMessage(), e);
        }
    }

    /** Tables in an order where every NOT NULL foreign key's target comes first. */
    private static List<Table> order(Schema schema) {
        Set<String> done = new LinkedHashSet<>();
        List<Table> ordered = new ArrayList<>();
        List<Table> pending = new ArrayList<>(schema.tables());
        while (!pending.isEmpty()) {
            Table next = pending.stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> ready(t, fk, done)))
                    .findFirst()
                    .orElseGet(() -> pending.stream()
                            .filter(t -> t.foreignKeys().stream().allMatch(fk -> ready(t, fk, done) || nullable(t, fk)))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("NOT NULL foreign keys form a cycle in " + pending)));
            pending.remove(next);
            done.add(next.name());
            ordered.add(next);
        }
        return ordered;
    }

    private static boolean ready(Table table, ForeignKey fk, Set<String> done) {
        return done.contains(fk.referencedTable()) || fk.referencedTable().equals(table.name());
    }

    private static boolean nullable(Table table, ForeignKey fk) {
        return fk.columns().stream().allMatch(c -> table.requireColumn(c).nullable());
    }

    private static Map<String, Object> values(Table table, int row, Map<String, List<Map<String, Object>>> filled,
            boolean nulls) {
        Map<String, Object> values = new HashMap<>();
        for (Column column : table.columns()) {
            boolean key = table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
            values.put(column.name(), nulls && column.nullable() && !key ? null : value(table, column, row));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            List<Map<String, Object>> targets = fk.referencedTable().equals(table.name())
                    ? (nullable(table, fk) ? null : List.of(values))
                    : filled.get(fk.referencedTable());
            for (int i = 0; i < fk.columns().size(); i++) {
                Object referenced = targets == null ? null : targets.get((row - 1) % targets.size()).get(fk.referencedColumns().get(i));
                values.put(fk.columns().get(i), referenced);
            }
        }
        return values;
    }

    private static Object value(Table table, Column column, int row) {
        List<String> allowed = allowedValues(table, column);
        if (!allowed.isEmpty()) {
            return allowed.get((row - 1) % allowed.size());
        }
        long number = range(table, column).map(r -> r[0] + (row - 1) % (r[1] - r[0] + 1)).orElse((long) row);
        ColumnType type = column.type();
        return switch (type.kind()) {
            case BOOLEAN -> row % 2 == 0;
            case TINYINT, SMALLINT, INTEGER -> (int) number;
            case BIGINT -> number;
            case NUMERIC, REAL, DOUBLE, FLOAT -> BigDecimal.valueOf(number);
            case CHAR, NCHAR -> type.length() == null || type.length() < 2
                    ? String.valueOf((char) ('a' + row - 1))
                    : "c" + row;
            // Digits: a text column whose type becomes numeric can then keep its values.
            case VARCHAR, NVARCHAR, TEXT -> String.valueOf(row);
            case BINARY, VARBINARY -> new byte[] {(byte) row};
            case DATE -> LocalDate.of(2020, 1, row);
            case TIME, TIME_WITH_TIME_ZONE -> LocalTime.of(10, row);
            case TIMESTAMP -> LocalDateTime.of(2020, 1, row, 10, 0);
            case TIMESTAMP_WITH_TIME_ZONE -> OffsetDateTime.of(2020, 1, row, 10, 0, 0, 0, ZoneOffset.UTC);
            case UUID -> new UUID(0, row);
            case ENUM -> type.values().get((row - 1) % type.values().size());
            case CLOB, NCLOB, BLOB, JSON, XML, INTERVAL_SECOND, CUSTOM -> {
                if (!column.nullable()) {
                    throw new AssertionError("no portable value for NOT NULL column " + table.name() + "."
                            + column.name() + " of type " + type);
                }
                yield null;
            }
        };
    }

    /** The {@code in (...)} list of a check on this column (enums, discriminators), if any. */
    private static List<String> allowedValues(Table table, Column column) {
        for (String check : checks(table, column)) {
            Matcher matcher = IN_LIST.matcher(check);
            if (matcher.find()) {
                return List.of(matcher.group(1).split(",")).stream()
                        .map(v -> v.strip().replaceAll("^'|'$", ""))
                        .sorted()
                        .toList();
            }
        }
        return List.of();
    }

    private static java.util.Optional<long[]> range(Table table, Column column) {
        for (String check : checks(table, column)) {
            Matcher matcher = BETWEEN.matcher(check);
            if (matcher.find()) {
                return java.util.Optional.of(new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> checks(Table table, Column column) {
        List<String> checks = new ArrayList<>();
        if (column.check() != null) {
            checks.add(column.check());
        }
        Pattern mentions = Pattern.compile("(?i)(^|[^\\w])" + Pattern.quote(column.name()) + "([^\\w]|$)");
        table.checks().stream().map(c -> c.expression()).filter(e -> mentions.matcher(e).find()).forEach(checks::add);
        return checks;
    }

    private static void insert(Connection connection, Dialect dialect, Table table, Map<String, Object> values)
            throws SQLException {
        List<Column> columns = table.columns();
        String sql = "insert into " + dialect.quoteQualified(table.name()) + " ("
                + columns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.get(columns.get(i).name());
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else if (columns.get(i).type().kind() == dev.migrator.model.TypeKind.ENUM && !dialect.name().equals("h2")) {
                    statement.setString(i + 1, (String) value);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException("insert into " + table.name() + " " + values + " failed: " + e.getMessage(), e);
        }
    }
}
