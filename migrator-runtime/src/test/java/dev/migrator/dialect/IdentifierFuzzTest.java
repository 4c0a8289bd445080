package dev.migrator.dialect;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Sequence;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetTableComment;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile names through every kind of operation on both databases: each rendered statement is
 * exactly one statement (no {@code ;} or comment start outside quotes), executes, and the name
 * arrives in the catalog exactly as the database should store it; a victim table survives.
 */
class IdentifierFuzzTest {
    static final List<String> NAMES = List.of(
            "a\"b",
            "x; drop table victim; --",
            "--comment",
            "/*c*/",
            "'quote'",
            "back\\slash",
            "tab\tname",
            "Ünïcødé_名前",
            "user",
            "select",
            "order",
            "version",
            "key",
            "`Mixed Case`",
            "$dollar",
            "a$$b",
            "a".repeat(63),
            "Z".repeat(63));

    static Stream<Arguments> cases() {
        return Stream.of("h2", "postgresql").flatMap(d -> NAMES.stream().map(n -> Arguments.of(d, n)));
    }

    private static final java.util.Map<String, DataSource> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aHostileNameIsOneQuotedIdentifierEverywhere(String dialectName, String name) throws SQLException {
        Dialect dialect = Dialect.named(dialectName);
        DataSource db = DATABASES.computeIfAbsent(dialectName, IdentifierFuzzTest::withVictim);
        Catalog catalog = new Catalog(db, dialect);
        String ix = derived(name, "_ix");
        String uk = derived(name, "_uk");
        String ck = derived(name, "_ck");
        String fk = derived(name, "_fk");
        String sq = derived(name, "_sq");
        List<Operation> operations = List.of(
                new CreateTable(table(name)
                        .column(column(name, ColumnType.INTEGER))
                        .column(column("id", ColumnType.BIGINT).notNull())
                        .primaryKey("id")
                        .comment(name)),
                new AddColumn(name, column("k", ColumnType.varchar(10)).comment(name)),
                new CreateIndex(name, Index.of(ix, name + " desc")),
                new AddUniqueConstraint(name, UniqueConstraint.of(uk, "k")),
                new AddCheckConstraint(name, CheckConstraint.of(ck, dialect.quote(name) + " >= 0")),
                new AddForeignKey(name, ForeignKey.of(fk, List.of(name), name, List.of("id"))),
                new CreateSequence(Sequence.of(sq, 1, 50)),
                new RenameColumn(name, "k", "k2"),
                new AlterColumnDefault(name, name, null, "1"),
                new AddUniqueConstraint(name, UniqueConstraint.of(null, name)),
                new AlterColumnCheck(name, name, null, dialect.quote(name) + " < 1000"),
                new SetTableComment(name, name, name + "!"),
                new RenameTable(name, derived(name, "_rn")),
                new RenameTable(derived(name, "_rn"), name));
        for (Operation operation : operations) {
            for (String sql : dialect.sql(operation)) {
                assertThat(outsideQuotes(sql)).as(sql).doesNotContain(";", "--", "/*");
            }
            DialectExecutionTest.execute(db, dialect, operation);
        }

        assertThat(catalog.hasTable(name)).isTrue();
        assertThat(catalog.columns(name)).containsKeys(catalog.stored(name), catalog.stored("k2"));
        assertThat(catalog.tableComment(name)).isEqualTo(name + "!");
        assertThat(catalog.column(name, "k2")).endsWith("remarks " + name);
        assertThat(catalog.indexes(name)).contains(catalog.stored(ix));
        assertThat(catalog.constraints(name, "UNIQUE")).hasSize(2).contains(catalog.stored(uk));
        assertThat(catalog.constraints(name, "CHECK")).hasSize(2).contains(catalog.stored(ck));
        assertThat(catalog.constraints(name, "FOREIGN KEY")).containsExactly(catalog.stored(fk));
        assertThat(catalog.hasSequence(sq)).isTrue();
        if (dialectName.equals("postgresql")) {
            // Renamed there and back, the unnamed primary key is again <table>_pkey, clipped as PostgreSQL clips it.
            assertThat(catalog.constraints(name, "PRIMARY KEY"))
                    .containsExactly(PostgresDialect.objectName(catalog.stored(name), null, "pkey"));
        }

        List<Operation> reversed = new ArrayList<>(operations.stream().map(Operation::reverse).toList());
        java.util.Collections.reverse(reversed);
        for (Operation operation : reversed) {
            DialectExecutionTest.execute(db, dialect, operation);
        }
        assertThat(catalog.hasTable(name)).isFalse();
        assertThat(catalog.hasSequence(sq)).isFalse();
        assertThat(catalog.hasTable("victim")).isTrue();
    }

    @Test
    void postgresRefusesNamesItWouldTruncate() {
        String name = "a".repeat(64);
        assertThatThrownBy(() -> Dialect.named("postgresql").quote(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining("63 bytes");
        assertThatThrownBy(() -> Dialect.named("postgresql").quote("é".repeat(32)))
                .hasMessageContaining("63 bytes");
        assertThat(Dialect.named("h2").quote(name)).isEqualTo(name);
    }

    /** {@code name} with a suffix, cut so that the whole fits in 63 UTF-8 bytes; backticks kept. */
    static String derived(String name, String suffix) {
        boolean backticked = name.startsWith("`");
        String text = backticked ? name.substring(1, name.length() - 1) : name;
        while ((text + suffix).getBytes(StandardCharsets.UTF_8).length > 63) {
            text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
        }
        return backticked ? "`" + text + suffix + "`" : text + suffix;
    }

    /** {@code sql} with the contents of quoted identifiers and string literals removed. */
    static String outsideQuotes(String sql) {
        StringBuilder outside = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    outside.append(c);
                }
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i++;
                } else {
                    quote = 0;
                }
            } else if (c == '\\' && quote == '\'' && i > 0 && sql.startsWith("E'", 0)) {
                i++;
            }
        }
        assertThat(quote).as("unterminated quote in " + sql).isEqualTo((char) 0);
        return outside.toString();
    }

    private static DataSource withVictim(String dialectName) {
        DataSource db = dialectName.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        try {
            DialectExecutionTest.execute(db, Dialect.named(dialectName),
                    new CreateTable(table("victim").column(column("id", ColumnType.INTEGER))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }
}
