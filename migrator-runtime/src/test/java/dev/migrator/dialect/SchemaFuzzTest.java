package dev.migrator.dialect;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.QualifiedName;
import dev.migrator.model.Sequence;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetTableComment;
import dev.migrator.testing.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IdentifierFuzzTest}'s hostile names as SCHEMA names (and as the table's own name inside
 * that schema), through every operation that names a table, on both databases: every statement is
 * one statement, runs, lands in the hostile schema, references across schemas work, the reverses
 * empty the schema so that {@code drop schema ... restrict} succeeds, and the victim table in the
 * default schema survives.
 */
class SchemaFuzzTest {
    private static final Map<String, DataSource> DATABASES = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        return Stream.of("h2", "postgresql")
                .flatMap(d -> IdentifierFuzzTest.NAMES.stream().map(n -> Arguments.of(d, n)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aHostileSchemaNameIsOneQuotedIdentifierEverywhere(String dialectName, String schema) throws SQLException {
        Dialect dialect = Dialect.named(dialectName);
        DataSource db = DATABASES.computeIfAbsent(dialectName, SchemaFuzzTest::withVictim);
        String own = IdentifierFuzzTest.derived(schema, "_t");
        String t = QualifiedName.of(schema, own).toString();
        String renamed = QualifiedName.of(schema, IdentifierFuzzTest.derived(schema, "_rn")).toString();
        String sq = QualifiedName.of(schema, IdentifierFuzzTest.derived(schema, "_sq")).toString();
        List<Operation> operations = List.of(
                new CreateSchema(schema),
                new CreateTable(table(t)
                        .column(column("id", ColumnType.BIGINT).notNull())
                        .column(column("v", ColumnType.INTEGER))
                        .column(column("victim_id", ColumnType.INTEGER))
                        .primaryKey("id")
                        .comment(schema)),
                new AddColumn(t, column("k", ColumnType.varchar(10)).comment(schema)),
                new AlterColumnComment(t, "k", schema, schema + "!"),
                new CreateIndex(t, Index.of(IdentifierFuzzTest.derived(schema, "_ix"), "v desc")),
                new AddUniqueConstraint(t, UniqueConstraint.of(IdentifierFuzzTest.derived(schema, "_uk"), "k")),
                new AddUniqueConstraint(t, UniqueConstraint.of(null, "v")),
                new AddCheckConstraint(t, CheckConstraint.of(IdentifierFuzzTest.derived(schema, "_ck"), "v >= 0")),
                new AlterColumnCheck(t, "v", null, "v < 1000"),
                new AddForeignKey(t, ForeignKey.of("fk_self", List.of("v"), t, List.of("id"))),
                new AddForeignKey(t, ForeignKey.of("fk_victim", List.of("victim_id"), "victim", List.of("id"))),
                new CreateSequence(Sequence.of(sq, 1, 50)),
                new RenameColumn(t, "k", "k2"),
                new SetTableComment(t, schema, schema + "?"),
                new RenameTable(t, renamed),
                new RenameTable(renamed, t));
        for (Operation operation : operations) {
            for (String sql : dialect.sql(operation)) {
                assertThat(IdentifierFuzzTest.outsideQuotes(sql)).as(sql).doesNotContain(";", "--", "/*");
            }
            DialectExecutionTest.execute(db, dialect, operation);
        }
        String storedSchema = stored(dialect, schema);
        assertThat(count(db, "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                storedSchema, stored(dialect, own))).isEqualTo(1);
        assertThat(count(db, "select count(*) from information_schema.sequences where sequence_schema = ?", storedSchema))
                .isEqualTo(1);
        assertThat(count(db, "select count(*) from information_schema.table_constraints where table_schema = ?"
                + " and constraint_type = 'FOREIGN KEY'", storedSchema)).isEqualTo(2);

        List<Operation> reversed = new ArrayList<>(operations.stream().map(Operation::reverse).toList());
        Collections.reverse(reversed);
        for (Operation operation : reversed) {
            DialectExecutionTest.execute(db, dialect, operation);
        }
        assertThat(count(db, "select count(*) from information_schema.schemata where schema_name = ?", storedSchema))
                .isZero();
        assertThat(count(db, "select count(*) from information_schema.tables where lower(table_name) = 'victim'"))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void dropSchemaRefusesASchemaThatStillHoldsSomething(String dialectName) throws SQLException {
        Dialect dialect = Dialect.named(dialectName);
        DataSource db = dialectName.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        DialectExecutionTest.execute(db, dialect, new CreateSchema("keep"));
        DialectExecutionTest.execute(db, dialect, new CreateSchema("keep"));
        DialectExecutionTest.execute(db, dialect, new CreateTable(table("keep.data").column(column("id", ColumnType.INTEGER))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DialectExecutionTest.execute(db, dialect, new DropSchema("keep")))
                .isInstanceOf(SQLException.class);
        assertThat(count(db, "select count(*) from information_schema.tables where lower(table_name) = 'data'")).isEqualTo(1);
    }

    static Stream<String> dialects() {
        return Stream.of("h2", "postgresql");
    }

    private static String stored(Dialect dialect, String name) {
        return dialect instanceof H2Dialect h2 ? h2.storedName(name) : ((PostgresDialect) dialect).storedName(name);
    }

    private static int count(DataSource db, String sql, String... parameters) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static DataSource withVictim(String dialectName) {
        DataSource db = dialectName.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        try {
            DialectExecutionTest.execute(db, Dialect.named(dialectName), new CreateTable(table("victim")
                    .column(column("id", ColumnType.INTEGER).notNull()).primaryKey("id")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }
}
