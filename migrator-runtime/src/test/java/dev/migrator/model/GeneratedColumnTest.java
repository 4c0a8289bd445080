package dev.migrator.model;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.numeric;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static dev.migrator.testing.Sql.run;
import static dev.migrator.testing.Sql.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialect;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import dev.migrator.replay.SchemaReplay;
import dev.migrator.runner.Checksums;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.testing.Databases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column's generated expression ({@code @GeneratedColumn}) and options ({@code @Column(options)}):
 * part of equality, of the snapshot and of checksums only when present, and applied by both dialects
 * exactly as Hibernate 7.1 writes them.
 */
class GeneratedColumnTest {
    private static final Table LINE = table("line")
            .column(column("id", BIGINT).notNull())
            .column(column("quantity", INTEGER).notNull())
            .column(column("price", numeric(10, 2)))
            .column(column("total", numeric(12, 2)).generatedAs("price * quantity"))
            .column(column("priority", INTEGER).notNull().options("default 7"))
            .primaryKey("id");

    @Test
    void expressionAndOptionsArePartOfEquality() {
        Column plain = column("total", INTEGER);
        assertThat(plain.generatedAs("a * b")).isNotEqualTo(plain).isNotEqualTo(plain.generatedAs("a * c"))
                .isEqualTo(plain.generatedAs("a * b")).hasSameHashCodeAs(plain.generatedAs("a * b"));
        assertThat(plain.options("default 7")).isNotEqualTo(plain).isEqualTo(plain.options("default 7"));
        assertThat(plain.generatedAs("a * b").options("x").origin("total").withNullable(false).comment("c"))
                .extracting(Column::generatedAs, Column::options, Column::origin)
                .containsExactly("a * b", "x", "total");
    }

    @Test
    void snapshotKeepsThemAndOmitsThemWhenAbsent() throws Exception {
        EntitySnapshot snapshot = new EntitySnapshot("t.Line", "standard", Schema.EMPTY.withTable(LINE), Map.of());
        String json = SnapshotCodec.toJson(snapshot);
        assertThat(json).contains("\"generatedAs\": \"price * quantity\"").contains("\"options\": \"default 7\"");
        assertThat(SnapshotCodec.fromJson(json).schema()).isEqualTo(snapshot.schema());
        String plain = SnapshotCodec.toJson(new EntitySnapshot("t.Line", "standard",
                Schema.EMPTY.withTable(table("line").column(column("id", BIGINT))), Map.of()));
        assertThat(plain).doesNotContain("generatedAs").doesNotContain("options");
    }

    @Test
    void checksumsChangeOnlyForColumnsThatUseThem() {
        Column plain = column("total", INTEGER);
        String text = Checksums.canonicalText(List.of(new AddColumn("line", plain)));
        assertThat(text).doesNotContain("generatedAs").doesNotContain("options");
        assertThat(Checksums.of(List.of(new AddColumn("line", plain.generatedAs("a * b")))))
                .isNotEqualTo(Checksums.of(List.of(new AddColumn("line", plain))))
                .isNotEqualTo(Checksums.of(List.of(new AddColumn("line", plain.generatedAs("a * c")))));
        assertThat(Checksums.canonicalText(List.of(new AddColumn("line", plain.options("default 1")))))
                .contains("options=\"default 1\"");
    }

    @Test
    void replayKeepsThemThroughAlterations() {
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateTable(LINE),
                new dev.migrator.operation.AlterColumnComment("line", "total", null, "computed")));
        Column total = schema.table("line").orElseThrow().column("total").orElseThrow();
        assertThat(total.generatedAs()).isEqualTo("price * quantity");
        assertThat(total.comment()).isEqualTo("computed");
    }

    @Test
    void dialectsWriteHibernatesColumnDefinition() {
        assertThat(Dialect.named("h2").sql(new CreateTable(LINE))).containsExactly("create table line (id bigint not null,"
                + " quantity integer not null, price numeric(10,2), total numeric(12,2) generated always as (price * quantity),"
                + " priority integer not null default 7, primary key (id))");
        assertThat(Dialect.named("postgresql").sql(new CreateTable(LINE))).containsExactly("create table line (id bigint"
                + " not null, quantity integer not null, price numeric(10,2), total numeric(12,2) generated always as"
                + " (price * quantity) stored, priority integer not null default 7, primary key (id))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theDatabaseComputesTheColumnAndAppliesTheOptions(String name) throws SQLException {
        Dialect dialect = Dialect.named(name);
        DataSource db = name.equals("h2") ? Databases.freshH2() : Databases.freshPostgres();
        run(db, dialect.sql(new CreateTable(LINE)));
        run(db, List.of("insert into line (id, quantity, price) values (1, 3, 2.50)"));
        assertThat(strings(db, "select total || '/' || priority from line")).containsExactly("7.50/7");
        Column doubled = column("doubled", INTEGER).generatedAs("quantity * 2");
        List<Operation> steps = List.of(new AddColumn("line", doubled), new DropColumn("line", doubled));
        run(db, dialect.sql(steps.get(0)));
        assertThat(strings(db, "select doubled from line")).containsExactly("6");
        assertThatThrownBy(() -> run(db, List.of("update line set doubled = 1"))).isNotNull();
        run(db, dialect.sql(steps.get(1)));
        assertThat(strings(db, "select quantity from line")).containsExactly("3");
    }
}
