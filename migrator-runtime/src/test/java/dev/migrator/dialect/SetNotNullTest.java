package dev.migrator.dialect;

import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static dev.migrator.testing.Sql.run;
import static dev.migrator.testing.Sql.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import dev.migrator.replay.SchemaReplay;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SetNotNull} on real databases whose table holds rows: adding a NOT NULL column the way
 * {@code make} writes it (add nullable, fill, set not null) and narrowing a column with NULLs in it,
 * then the downgrade.
 */
class SetNotNullTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void addsANotNullColumnToATableWithRowsAndDropsItAgain(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        customersWithRows(db, dialect);
        Column email = column("email", varchar(255));
        List<Operation> upgrade = List.of(new AddColumn("customer", email),
                new SetNotNull("customer", "email", "'unknown'"));

        upgrade.forEach(op -> run(db, dialect.sql(op)));

        assertThat(strings(db, "select email from customer order by id")).containsExactly("unknown", "unknown");
        assertThat(catalog.column("customer", "email")).contains("(255) not null").doesNotContain("default");
        List<Operation> downgrade = new ArrayList<>(upgrade.stream().map(Operation::reverse).toList());
        java.util.Collections.reverse(downgrade);
        downgrade.forEach(op -> run(db, dialect.sql(op)));
        assertThat(catalog.columns("customer")).doesNotContainKey(catalog.stored("email"));
        assertThat(strings(db, "select name from customer order by id")).containsExactly("ann", "bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void fillsOnlyTheNullRowsOfANarrowedColumn(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        Catalog catalog = new Catalog(db, dialect);
        customersWithRows(db, dialect);
        SetNotNull narrow = new SetNotNull("customer", "order", "0");

        run(db, dialect.sql(narrow));

        assertThat(strings(db, "select " + dialect.quote("order") + " from customer order by id")).containsExactly("7", "0");
        assertThat(catalog.column("customer", "order")).contains("not null");
        run(db, dialect.sql(narrow.reverse()));
        assertThat(catalog.column("customer", "order")).doesNotContain("not null");
    }

    @Test
    void replayMakesTheColumnNotNullAndTheReverseNullableAgain() {
        Schema before = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateTable(customer())));
        SetNotNull narrow = new SetNotNull("customer", "order", "0");
        Schema after = SchemaReplay.apply(before, List.of(narrow));
        assertThat(after.table("customer").orElseThrow().column("order").orElseThrow().nullable()).isFalse();
        assertThat(SchemaReplay.apply(after, List.of(narrow.reverse()))).isEqualTo(before);
        assertThat(narrow.reverse()).isEqualTo(new AlterColumnNullability("customer", "order", true));
    }

    @Test
    void writesTheUpdateWithQuotedNamesThenSetNotNull() {
        assertThat(Dialect.named("postgresql").sql(new SetNotNull("user", "order", "'x'"))).containsExactly(
                "update \"user\" set \"order\" = 'x' where \"order\" is null",
                "alter table \"user\" alter column \"order\" set not null");
    }

    private static dev.migrator.model.Table customer() {
        return table("customer").column(column("id", INTEGER).notNull()).column(column("name", varchar(50)))
                .column(column("order", INTEGER)).primaryKey("id");
    }

    private static void customersWithRows(DataSource db, Dialect dialect) {
        List<String> sql = new ArrayList<>(dialect.sql(new CreateTable(customer())));
        String order = dialect.quote("order");
        sql.add("insert into customer (id, name, " + order + ") values (1, 'ann', 7)");
        sql.add("insert into customer (id, name, " + order + ") values (2, 'bob', null)");
        run(db, sql);
    }
}
