package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @SecondaryTable}, {@code @MapsId}, the TABLE generator, {@code @Convert} and Hibernate's
 * {@code @NaturalId}/{@code @Check}/{@code @Comment}/{@code @ColumnDefault}; expectations are
 * Hibernate 7.1.10's DDL for the {@code misc} fixture (H2 and PostgreSQL agree).
 */
class HibernateExtrasTest {
    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compilations.compile(Compilations.sourcesIn("misc"));
        assertThat(compilation).succeeded();
    }

    private static Schema schema(String entity) throws SnapshotFormatException {
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, "misc." + entity)).schema();
    }

    @Test
    void secondaryTableIsKeyedAndLinkedToThePrimaryTable() throws SnapshotFormatException {
        Table details = schema("Person").requireTable("person_details");
        assertThat(details.columnsByName().values()).containsExactlyInAnyOrder(
                Column.of("id", ColumnType.BIGINT).notNull(),
                Column.of("phone", ColumnType.varchar(20)),
                Column.of("bio", ColumnType.varchar(255)));
        assertThat(details.primaryKey().columns()).containsExactly("id");
        assertThat(details.foreignKeys()).containsExactly(
                ForeignKey.of("FK22gytb63d9rpk9g9jdy7j70th", List.of("id"), "Person", List.of("id")));
    }

    @Test
    void hibernateAnnotationsAndConvertersShapeThePrimaryTable() throws SnapshotFormatException {
        Table person = schema("Person").requireTable("Person");
        assertThat(person.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "age", "ssn", "def", "name", "flag", "score");
        assertThat(person.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("ssn")));
        assertThat(person.checks()).containsExactly(CheckConstraint.of(null, "age >= 0"));
        assertThat(person.comment()).isEqualTo("people");
        assertThat(person.requireColumn("name").comment()).isEqualTo("the name");
        assertThat(person.requireColumn("def").defaultValue()).isEqualTo("'x'");
        assertThat(person.requireColumn("score").check()).isEqualTo("score > 0");
        // The converter's database type decides (Hibernate also adds a check it computes by running the converter).
        assertThat(person.requireColumn("flag").type()).isEqualTo(ColumnType.character(1));
    }

    @Test
    void tableGeneratorNeedsItsTable() throws SnapshotFormatException {
        Table sequences = schema("Person").requireTable("hibernate_sequences");
        assertThat(sequences.columnsByName().values()).containsExactlyInAnyOrder(
                Column.of("next_val", ColumnType.BIGINT), Column.of("sequence_name", ColumnType.varchar(255)).notNull());
        assertThat(sequences.primaryKey().columns()).containsExactly("sequence_name");
    }

    @Test
    void mapsIdMakesTheJoinColumnThePrimaryKey() throws SnapshotFormatException {
        Table passport = schema("Passport").requireTable("Passport");
        assertThat(passport.columnsByName().values()).containsExactlyInAnyOrder(
                Column.of("person_id", ColumnType.BIGINT).notNull(), Column.of("number", ColumnType.varchar(255)));
        assertThat(passport.primaryKey().columns()).containsExactly("person_id");
        assertThat(passport.uniqueConstraints()).isEmpty();
        assertThat(passport.foreignKeys()).containsExactly(
                ForeignKey.of("FKbn4ik956giujpfuboelv614q9", List.of("person_id"), "Person", List.of("id")));
    }

    @Test
    void naturalIdAttributesFormOneUniqueConstraint() throws SnapshotFormatException {
        assertThat(schema("Nat2").requireTable("Nat2").uniqueConstraints())
                .containsExactly(new UniqueConstraint(null, List.of("a", "b")));
    }

    @Test
    void jpa32ChecksFormulaAndJsonFollowHibernate() throws SnapshotFormatException {
        // create table Gauge (v integer check ((v > 0)), w integer constraint ck_w check (w > 1), id bigint not null,
        //   x varchar(255), attrs json|jsonb, primary key (id), constraint ck_gauge check (v < 100))
        Table gauge = schema("Gauge").requireTable("Gauge");
        assertThat(gauge.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "v", "w", "x", "attrs");
        assertThat(gauge.requireColumn("v").check()).isEqualTo("v > 0");
        assertThat(gauge.requireColumn("w").check()).isNull();
        assertThat(gauge.checks()).containsExactlyInAnyOrder(
                CheckConstraint.of("ck_gauge", "v < 100"), CheckConstraint.of("ck_w", "w > 1"));
        assertThat(gauge.requireColumn("x").comment()).isEqualTo("the x");
        assertThat(gauge.requireColumn("attrs").type()).isEqualTo(ColumnType.JSON);
    }

    @Test
    void hibernatesBooleanConvertersGetTheirValueChecks() throws SnapshotFormatException {
        // create table Flags (nb integer check ((nb in (0,1))), tf char(1) not null check ((tf in ('F','T'))),
        //   yn char(1) check ((yn in ('N','Y'))), id bigint not null, primary key (id))
        Table flags = schema("Flags").requireTable("Flags");
        assertThat(flags.requireColumn("nb")).isEqualTo(Column.of("nb", ColumnType.INTEGER).check("nb in (0,1)"));
        assertThat(flags.requireColumn("tf")).isEqualTo(Column.of("tf", ColumnType.character(1)).notNull().check("tf in ('F','T')"));
        assertThat(flags.requireColumn("yn")).isEqualTo(Column.of("yn", ColumnType.character(1)).check("yn in ('N','Y')"));
    }
}
