package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns that become NOT NULL: filled with a one-off value or their default, or reported unfilled. */
class NotNullDiffTest {
    static final Table CUSTOMER = table("customer").column(column("id", BIGINT).notNull())
            .column(column("name", varchar(100))).primaryKey("id");

    static Schema schema(Table table) {
        return new Schema(List.of(table), List.of());
    }

    private static Diff diff(Table after, String defaults) {
        return SchemaDiffer.diff(schema(CUSTOMER), schema(after), Renames.NONE, NotNullDefaults.parse(defaults));
    }

    private static void assertExact(Table after, Diff diff) {
        Schema before = schema(CUSTOMER);
        assertThat(SchemaReplay.apply(before, diff.operations())).isEqualTo(schema(after));
        assertThat(SchemaReplay.apply(schema(after), SchemaDifferTest.reverse(diff.operations()))).isEqualTo(before);
    }

    @Test
    void anAddedNotNullColumnWithAValueIsAddedNullableThenFilled() {
        Table after = CUSTOMER.column(column("age", INTEGER).notNull());
        Diff diff = diff(after, "customer.age=0");
        assertThat(diff.operations()).containsExactly(new AddColumn("customer", column("age", INTEGER)),
                new SetNotNull("customer", "age", "0"));
        assertThat(diff.unfilled()).isEmpty();
        assertExact(after, diff);
    }

    @Test
    void anAddedNotNullColumnWithoutValueIsReportedAndKeptPlain() {
        Table after = CUSTOMER.column(column("age", INTEGER).notNull());
        Diff diff = diff(after, null);
        assertThat(diff.operations()).containsExactly(new AddColumn("customer", column("age", INTEGER).notNull()));
        assertThat(diff.unfilled()).containsExactly(new NotNullChange("customer", "age", NotNullChange.Kind.ADD));
    }

    @Test
    void defaultsIdentityNullableAndNewTablesNeedNoValue() {
        Table after = CUSTOMER.column(column("status", varchar(5)).notNull().defaultValue("'new'"))
                .column(column("seq", BIGINT).notNull().generatedAsIdentity()).column(column("note", varchar(5)));
        Diff diff = diff(after, null);
        assertThat(diff.unfilled()).isEmpty();
        assertThat(diff.operations()).doesNotHaveAnyElementsOfTypes(SetNotNull.class);
        Table other = table("other").column(column("id", BIGINT).notNull()).column(column("x", INTEGER).notNull());
        Diff created = SchemaDiffer.diff(schema(CUSTOMER), new Schema(List.of(CUSTOMER, other), List.of()),
                Renames.NONE, NotNullDefaults.NONE);
        assertThat(created.operations()).containsExactly(new CreateTable(other));
        assertThat(created.unfilled()).isEmpty();
    }

    @Test
    void aNarrowedColumnWithADefaultGetsItsNullRowsFilledWithTheDefault() {
        Table after = CUSTOMER.alterColumn("name", c -> c.notNull().defaultValue("'nobody'"));
        Diff diff = diff(after, null);
        assertThat(diff.operations()).containsExactly(new AlterColumnDefault("customer", "name", null, "'nobody'"),
                new SetNotNull("customer", "name", "'nobody'"));
        assertThat(diff.unfilled()).isEmpty();
        assertExact(after, diff);
    }

    @Test
    void aNarrowedColumnTakesTheOneOffValueElseStaysPlainAndReported() {
        Table after = CUSTOMER.alterColumn("name", c -> c.notNull());
        Diff filled = diff(after, "customer.name='anonymous'");
        assertThat(filled.operations()).containsExactly(new SetNotNull("customer", "name", "'anonymous'"));
        assertExact(after, filled);
        Diff plain = diff(after, "");
        assertThat(plain.operations()).containsExactly(new AlterColumnNullability("customer", "name", false));
        assertThat(plain.unfilled()).containsExactly(new NotNullChange("customer", "name", NotNullChange.Kind.NARROW));
        assertThat(plain.unfilled().get(0).question()).startsWith("Column 'name' of table 'customer' becomes non-nullable");
    }

    @Test
    void aDroppedNotNullColumnTakesTheOneOffValueForItsDowngradeElseIsReported() {
        Table before = CUSTOMER.column(column("code", varchar(5)).notNull());
        Diff filled = SchemaDiffer.diff(schema(before), schema(CUSTOMER), Renames.NONE,
                NotNullDefaults.parse("customer.code='none'"));
        assertThat(filled.operations()).containsExactly(new DropColumn("customer", column("code", varchar(5)).notNull()));
        assertThat(filled.downgradeFills()).containsExactly(java.util.Map.entry("customer.code", "'none'"));
        assertThat(filled.unfilled()).isEmpty();

        Diff plain = SchemaDiffer.diff(schema(before), schema(CUSTOMER), Renames.NONE, NotNullDefaults.NONE);
        assertThat(plain.operations()).isEqualTo(filled.operations());
        assertThat(plain.downgradeFills()).isEmpty();
        assertThat(plain.unfilled()).containsExactly(new NotNullChange("customer", "code", NotNullChange.Kind.DROP));
        assertThat(plain.unfilled().get(0).adding()).isFalse();
        assertThat(plain.unfilled().get(0).question()).startsWith("Column 'code' of table 'customer' is dropped;")
                .contains("the downgrade re-adds it");
        assertThat(plain.unfilled().get(0).warning()).contains("the downgrade re-adds it")
                .endsWith("-Dmigrator.defaults=customer.code=<SQL expression>");
    }

    @Test
    void aDroppedColumnThatIsNullableHasADefaultOrIsIdentityNeedsNoValue() {
        Table before = CUSTOMER.column(column("note", varchar(5)))
                .column(column("status", varchar(5)).notNull().defaultValue("'new'"))
                .column(column("seq", BIGINT).notNull().generatedAsIdentity());
        Diff diff = SchemaDiffer.diff(schema(before), schema(CUSTOMER), Renames.NONE,
                NotNullDefaults.parse("customer.note='x'"));
        assertThat(diff.operations()).hasSize(3);
        assertThat(diff.unfilled()).isEmpty();
        assertThat(diff.downgradeFills()).isEmpty();
    }

    @Test
    void widenedToNullableNeedsNothing() {
        Table before = CUSTOMER.alterColumn("name", c -> c.notNull());
        List<Operation> ops = SchemaDiffer.diff(schema(before), schema(CUSTOMER));
        assertThat(ops).containsExactly(new AlterColumnNullability("customer", "name", true));
    }

    @Test
    void theDefaultsPropertySplitsOnlyOutsideLiteralsQuotedNamesAndParentheses() {
        NotNullDefaults d = NotNullDefaults.parse(
                " a.x='it''s, ok' , a.y=coalesce(1, 2),b.z=\"col,umn\" || 'q', s.t.c=current_timestamp, e.q=x = 1");
        assertThat(d.of("a", "x")).contains("'it''s, ok'");
        assertThat(d.of("a", "y")).contains("coalesce(1, 2)");
        assertThat(d.of("b", "z")).contains("\"col,umn\" || 'q'");
        assertThat(d.of("s.t", "c")).contains("current_timestamp");
        assertThat(d.of("e", "q")).contains("x = 1");
        assertThat(d.keys()).containsExactly("a.x", "a.y", "b.z", "e.q", "s.t.c");
        assertThat(NotNullDefaults.parse(null).keys()).isEmpty();
    }

    @Test
    void malformedDefaultsNameTheEntry() {
        assertThatThrownBy(() -> NotNullDefaults.parse("email='x'")).hasMessageContaining("\"email='x'\"")
                .hasMessageContaining("table.column=<SQL expression>");
        assertThatThrownBy(() -> NotNullDefaults.parse("a.b=")).hasMessageContaining("\"a.b=\"");
        assertThatThrownBy(() -> NotNullDefaults.parse("a.b='open")).hasMessageContaining("unclosed '");
        assertThatThrownBy(() -> NotNullDefaults.parse("a.b=1,a.b=2")).hasMessageContaining("a.b twice");
    }
}
