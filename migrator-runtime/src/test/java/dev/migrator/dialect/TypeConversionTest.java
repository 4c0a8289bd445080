package dev.migrator.dialect;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.BOOLEAN;
import static dev.migrator.Dsl.DATE;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.JSON;
import static dev.migrator.Dsl.TEXT;
import static dev.migrator.Dsl.UUID;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.numeric;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.timestamp;
import static dev.migrator.Dsl.varbinary;
import static dev.migrator.Dsl.varchar;
import static dev.migrator.testing.Sql.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.ColumnType;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.testing.Databases;
import dev.migrator.testing.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Type changes applied by the dialects' SQL to tables that HOLD ROWS, on real H2 and PostgreSQL:
 * PostgreSQL needs {@code using c::T} exactly where it has no assignment cast, and the values
 * convert (a NULL stays NULL). Each conversion runs forward and, where it can, back.
 */
class TypeConversionTest {

    /** from type, a stored value (SQL literal), to type, the value read back through JDBC getString per dialect. */
    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of(varchar(255), "'42'", INTEGER, "42", "42"),
                Arguments.of(varchar(255), "'9000000000'", BIGINT, "9000000000", "9000000000"),
                Arguments.of(varchar(255), "'12.5'", numeric(10, 2), "12.50", "12.50"),
                Arguments.of(varchar(255), "'true'", BOOLEAN, "TRUE", "t"),
                Arguments.of(varchar(255), "'0b5f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'", UUID,
                        "0b5f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "0b5f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
                Arguments.of(varchar(255), "'2024-01-02 03:04:05'", timestamp(6), "2024-01-02 03:04:05",
                        "2024-01-02 03:04:05"),
                Arguments.of(varchar(255), "'2024-01-02'", DATE, "2024-01-02", "2024-01-02"),
                Arguments.of(INTEGER, "1", BOOLEAN, "TRUE", "t"),
                Arguments.of(BIGINT, "0", BOOLEAN, "FALSE", "f"),
                Arguments.of(BOOLEAN, "true", INTEGER, "1", "1"),
                Arguments.of(BOOLEAN, "true", BIGINT, "1", "1"),
                Arguments.of(INTEGER, "42", varchar(20), "42", "42"),
                Arguments.of(INTEGER, "42", BIGINT, "42", "42"),
                Arguments.of(numeric(10, 2), "12.75", INTEGER, "13", "13"),
                Arguments.of(varchar(10), "'abc'", varchar(5), "abc", "abc"),
                Arguments.of(varchar(10), "'abc'", TEXT, "abc", "abc"),
                Arguments.of(DATE, "date '2024-01-02'", timestamp(6), "2024-01-02 00:00:00", "2024-01-02 00:00:00"));
    }

    @ParameterizedTest(name = "h2: {0} -> {2}")
    @MethodSource("conversions")
    void h2ConvertsRows(ColumnType from, String value, ColumnType to, String h2, String postgres) throws SQLException {
        assertConverts("h2", from, value, to, h2);
    }

    @ParameterizedTest(name = "postgresql: {0} -> {2}")
    @MethodSource("conversions")
    void postgresConvertsRows(ColumnType from, String value, ColumnType to, String h2, String postgres)
            throws SQLException {
        assertConverts("postgresql", from, value, to, postgres);
    }

    @Test
    void postgresWritesUsingOnlyWhereItHasNoAssignmentCast() {
        Dialect pg = Dialect.named("postgresql");
        assertThat(pg.sql(new AlterColumnType("t", "c", varchar(255), INTEGER)))
                .containsExactly("alter table t alter column c set data type integer using c::integer");
        assertThat(pg.sql(new AlterColumnType("t", "c", varchar(255), JSON)))
                .containsExactly("alter table t alter column c set data type jsonb using c::jsonb");
        assertThat(pg.sql(new AlterColumnType("t", "c", TEXT, varbinary(255))))
                .containsExactly("alter table t alter column c set data type bytea using c::bytea");
        assertThat(pg.sql(new AlterColumnType("t", "order", BIGINT, BOOLEAN)))
                .containsExactly("alter table t alter column \"order\" set data type boolean using \"order\"::integer::boolean");
        assertThat(pg.sql(new AlterColumnType("t", "c", BOOLEAN, BIGINT)))
                .containsExactly("alter table t alter column c set data type bigint using c::integer");
        // an explicit cast would truncate silently where the assignment cast fails loudly
        assertThat(pg.sql(new AlterColumnType("t", "c", varchar(10), varchar(5))))
                .containsExactly("alter table t alter column c set data type varchar(5)");
        assertThat(pg.sql(new AlterColumnType("t", "c", INTEGER, varchar(5))))
                .containsExactly("alter table t alter column c set data type varchar(5)");
        assertThat(Dialect.named("h2").sql(new AlterColumnType("t", "c", varchar(255), INTEGER)))
                .containsExactly("alter table t alter column c set data type integer");
    }

    @Test
    void postgresConvertsTextToJsonbAndBytea() throws SQLException {
        assertConverts("postgresql", varchar(255), "'{\"a\": 1}'", JSON, "{\"a\": 1}");
        assertConverts("postgresql", TEXT, "'abc'", varbinary(255), "\\x616263");
    }

    /** H2 has no {@code using}: text becomes JSON through varbinary, so the document is parsed, not wrapped in a string. */
    @Test
    void h2ConvertsTextToJsonAndVarbinary() throws SQLException {
        assertConverts("h2", TEXT, "'abc'", varbinary(255), "abc");
        assertConverts("h2", varchar(255), "'{\"a\": 1}'", JSON, "{\"a\":1}");
        assertThat(Dialect.named("h2").sql(new AlterColumnType("t", "c", varchar(255), JSON))).containsExactly(
                "alter table t alter column c set data type varbinary", "alter table t alter column c set data type json");
    }

    @Test
    void postgresRefusesATooLongValueInsteadOfTruncatingIt() throws SQLException {
        DataSource db = Databases.freshPostgres();
        Dialect dialect = Dialect.named("postgresql");
        prepare(db, dialect, varchar(10), "'abcdefgh'");
        List<String> sql = dialect.sql(new AlterColumnType("t", "c", varchar(10), varchar(5)));
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(sql.get(0)))
                    .hasMessageContaining("too long");
        }
    }

    private static void assertConverts(String name, ColumnType from, String value, ColumnType to, String expected)
            throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        prepare(db, dialect, from, value);
        Operation change = new AlterColumnType("t", "c", from, to);
        run(db, dialect.sql(change));
        assertThat(values(db)).as(dialect.sql(change).toString()).containsExactly(expected, null);
    }

    private static void prepare(DataSource db, Dialect dialect, ColumnType from, String value) throws SQLException {
        List<String> sql = new ArrayList<>(dialect.sql(new CreateTable(table("t")
                .column(column("id", INTEGER).notNull()).column(column("c", from)).primaryKey("id"))));
        sql.add("insert into t (id, c) values (1, " + value + ")");
        sql.add("insert into t (id, c) values (2, null)");
        run(db, sql);
    }

    private static List<String> values(DataSource db) throws SQLException {
        // Timestamps print differently per driver: compare them without 'T' and trailing zero fractions.
        return Sql.strings(db, "select c from t order by id").stream()
                .map(v -> v != null && v.matches("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(\\.0+)?")
                        ? v.replace('T', ' ').replaceAll("\\.0+$", "") : v)
                .collect(java.util.stream.Collectors.toList());
    }
}
