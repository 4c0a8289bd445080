package dev.migrator.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Sequence;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.Operation;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Executes every operation's SQL on a real H2 and a real PostgreSQL, checks the effect through
 * JDBC metadata, then executes the reverses in reverse order and checks that the database is
 * empty again.
 */
class DialectExecutionTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyOperationTakesEffectAndItsReverseUndoesIt(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        List<Operation> operations = Scenario.operations();

        for (Operation operation : operations) {
            execute(db, dialect, operation);
        }

        assertThat(catalog.hasSequence("order_seq")).isTrue();
        assertThat(catalog.sequenceIncrement("order_seq")).isEqualTo(10);
        assertThat(catalog.hasTable("user")).isTrue();
        assertThat(catalog.hasTable("address")).isFalse();
        assertThat(catalog.hasTable("addresses")).isTrue();
        assertThat(catalog.tableComment("user")).isEqualTo("accounts");
        assertThat(catalog.columns("user")).containsOnlyKeys(
                List.of("id", "name", "order", "status", "mail", "age", "score").stream().map(catalog::stored).toList());
        assertThat(catalog.column("user", "mail")).contains("(255) not null default 'none'").contains("remarks it's the e-mail");
        assertThat(catalog.column("user", "name")).contains("(100) not null").contains("remarks full name");
        assertThat(catalog.primaryKey("user")).containsExactly(catalog.stored("id"));
        assertThat(catalog.primaryKey("addresses")).containsExactly(catalog.stored("id"));
        assertThat(catalog.constraints("addresses", "PRIMARY KEY")).containsExactly(catalog.stored("pk_address"));
        assertThat(catalog.constraints("addresses", "CHECK")).contains(catalog.stored("chk_street"));
        assertThat(catalog.constraints("user", "UNIQUE")).containsExactly(catalog.stored("uk_user_mail"));
        assertThat(catalog.foreignKeys("addresses"))
                .containsExactly(catalog.stored("fk_address_user") + "(" + catalog.stored("user_id") + ")->"
                        + catalog.stored("user") + "(" + catalog.stored("id") + ") delete=0");
        assertThat(catalog.indexes("addresses")).contains(catalog.stored("uix_address_user_street") + " unique")
                .doesNotContain(catalog.stored("idx_address_street"));
        assertThat(rowCount(db, "select count(*) from addresses")).isEqualTo(1);

        List<Operation> reversed = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            reversed.add(operations.get(i).reverse());
        }
        for (Operation operation : reversed.subList(0, reversed.size() - 4)) {
            execute(db, dialect, operation);
        }
        // Half way back: the original tables, with their original constraints and comments.
        assertThat(catalog.hasTable("address")).isTrue();
        assertThat(catalog.indexes("address")).contains(catalog.stored("idx_address_street"));
        assertThat(catalog.foreignKeys("address")).hasSize(1);
        assertThat(catalog.tableComment("user")).isEqualTo("people's accounts");
        assertThat(catalog.constraints("user", "UNIQUE")).contains(catalog.stored("uk_user_name_order"));
        assertThat(catalog.constraints("user", "CHECK")).contains(catalog.stored("chk_user_order"));
        for (Operation operation : reversed.subList(reversed.size() - 4, reversed.size())) {
            execute(db, dialect, operation);
        }
        assertThat(catalog.hasTable("user")).isFalse();
        assertThat(catalog.hasTable("address")).isFalse();
        assertThat(catalog.hasSequence("order_seq")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyTypeAndKeywordCreatesTheTypeHibernateWould(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        execute(db, dialect, new CreateTable(GoldenSqlTest.everyType()));

        // JDBC TYPE_NAME(COLUMN_SIZE) as they came out of Hibernate 7.1's own DDL on these databases.
        if (name.equals("h2")) {
            assertThat(catalog.column("types", "c_real")).startsWith("real(24)");
            assertThat(catalog.column("types", "c_double")).startsWith("double precision(53)");
            assertThat(catalog.column("types", "c_enum")).startsWith("enum('azure', 'blue', 'green', 'red')(5)");
            assertThat(catalog.column("types", "c_timetz")).startsWith("time with time zone(14)");
            assertThat(catalog.column("types", "c_varbinary")).startsWith("binary varying(255)");
            assertThat(catalog.column("types", "c_json")).startsWith("json");
            assertThat(catalog.column("types", "c_clob")).startsWith("character large object");
        } else {
            assertThat(catalog.column("types", "c_real")).startsWith("float4(8)");
            assertThat(catalog.column("types", "c_double")).startsWith("float8(17)");
            assertThat(catalog.column("types", "c_enum")).startsWith("varchar(255)");
            assertThat(catalog.column("types", "c_enum20")).startsWith("varchar(20) not null");
            assertThat(catalog.column("types", "c_timetz")).startsWith("time(8)");
            assertThat(catalog.column("types", "c_varbinary")).startsWith("bytea");
            assertThat(catalog.column("types", "c_json")).startsWith("jsonb");
            assertThat(catalog.column("types", "c_clob")).startsWith("oid(10)");
            assertThat(catalog.constraints("types", "CHECK")).contains("types_c_enum_check", "types_c_enum20_check");
        }
        assertThat(catalog.column("types", "c_numeric")).startsWith("numeric(38)");
        assertThat(catalog.column("types", "c_timestamptz")).contains("(" + (name.equals("h2") ? 32 : 35) + ")");
        assertThat(catalog.column("types", "id")).contains("not null");
        assertThat(catalog.columns("types")).hasSize(GoldenSqlTest.everyType().columns().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void columnChecksAreAddedReplacedAndDroppedThoughTheDatabaseNamedThem(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        execute(db, dialect, new CreateTable(dev.migrator.Dsl.table("box")
                .column(Column.of("size", ColumnType.INTEGER).check("size > 0"))
                .column(Column.of("id", ColumnType.BIGINT).notNull())
                .check(dev.migrator.model.CheckConstraint.of("ck_box_id", "id > 0"))
                .primaryKey("id")));
        assertThat(insertFails(db, "insert into box (id, size) values (1, 0)")).isTrue();
        execute(db, dialect, new AlterColumnCheck("box", "size", "size > 0", "size > -10"));
        assertThat(insertFails(db, "insert into box (id, size) values (1, 0)")).isFalse();
        assertThat(insertFails(db, "insert into box (id, size) values (1, -10)")).isTrue();
        assertThat(catalog.constraints("box", "CHECK")).hasSize(2).contains(catalog.stored("ck_box_id"));
        execute(db, dialect, new AlterColumnCheck("box", "size", "size > -10", null));
        assertThat(catalog.constraints("box", "CHECK")).containsExactly(catalog.stored("ck_box_id"));
        assertThat(insertFails(db, "insert into box (id, size) values (1, -10)")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void unnamedUniqueConstraintsAreDroppedThoughTheDatabaseNamedThem(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        UniqueConstraint login = UniqueConstraint.of(null, "login");
        UniqueConstraint pair = UniqueConstraint.of(null, "login", "order");
        UniqueConstraint reversed = UniqueConstraint.of(null, "order", "login");
        execute(db, dialect, new CreateTable(dev.migrator.Dsl.table("user")
                .column(Column.of("id", ColumnType.BIGINT).notNull())
                .column(Column.of("login", ColumnType.varchar(20)))
                .column(Column.of("order", ColumnType.INTEGER))
                .primaryKey("id")
                .unique(login).unique(pair).unique(reversed)));
        assertThat(catalog.constraints("user", "UNIQUE")).hasSize(3);

        execute(db, dialect, new DropUniqueConstraint("user", pair));
        assertThat(catalog.constraints("user", "UNIQUE")).hasSize(2);
        execute(db, dialect, new DropUniqueConstraint("user", login));
        assertThat(catalog.constraints("user", "UNIQUE")).hasSize(1);
        if (name.equals("postgresql")) {
            // PostgreSQL named the pairs user_login_order_key and user_order_login_key.
            assertThat(catalog.constraints("user", "UNIQUE")).containsExactly("user_order_login_key");
        }
        execute(db, dialect, new DropUniqueConstraint("user", reversed));
        assertThat(catalog.constraints("user", "UNIQUE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changingATypeKeepsNullabilityDefaultAndIdentity(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        execute(db, dialect, new CreateTable(dev.migrator.Dsl.table("box")
                .column(Column.of("id", ColumnType.INTEGER).notNull().generatedAsIdentity())
                .column(Column.of("label", ColumnType.varchar(10)).notNull().defaultValue("'x'"))
                .primaryKey("id")));
        execute(db, dialect, new dev.migrator.operation.AlterColumnType("box", "label", ColumnType.varchar(10), ColumnType.varchar(20)));
        execute(db, dialect, new dev.migrator.operation.AlterColumnType("box", "id", ColumnType.INTEGER, ColumnType.BIGINT));
        // H2 reports "character varying", PostgreSQL "varchar" and "'x'::character varying".
        assertThat(catalog.column("box", "label")).contains("(20) not null default 'x'");
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into box (label) values ('y')");
            statement.execute("insert into box (label) values ('z')");
        }
        assertThat(rowCount(db, "select count(distinct id) from box")).isEqualTo(2);
        assertThat(catalog.column("box", "id")).contains("not null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRenamedTablesUnnamedPrimaryKeyCanStillBeDropped(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        execute(db, dialect, new CreateTable(dev.migrator.Dsl.table("crate")
                .column(Column.of("id", ColumnType.BIGINT).notNull()).primaryKey("id")));
        execute(db, dialect, new dev.migrator.operation.RenameTable("crate", "box"));
        if (name.equals("postgresql")) {
            assertThat(catalog.constraints("box", "PRIMARY KEY")).containsExactly("box_pkey");
        }
        execute(db, dialect, new dev.migrator.operation.DropPrimaryKey("box", dev.migrator.model.PrimaryKey.of("id")));
        assertThat(catalog.primaryKey("box")).isEmpty();
    }

    static void execute(DataSource db, Dialect dialect, Operation operation) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : dialect.sql(operation)) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(operation + " failed at: " + sql, e);
                }
            }
        }
    }

    static int rowCount(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static boolean insertFails(DataSource db, String sql) {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            statement.execute("delete from box");
            return false;
        } catch (SQLException e) {
            return true;
        }
    }
}
