package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inheritance strategies, the fragments assembled as the plugin does; expectations are Hibernate
 * 7.1.10's DDL for the same classes (H2 and PostgreSQL agree).
 */
class InheritanceTest {
    private static Schema schema;

    @BeforeAll
    static void compileAndAssemble() throws SnapshotFormatException {
        List<JavaFileObject> sources = Compilations.sourcesIn("inheritance");
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).succeeded();
        List<EntitySnapshot> fragments = new ArrayList<>();
        for (JavaFileObject source : sources) {
            String name = source.getName().replaceFirst("^/", "").replace(".java", "").replace('/', '.');
            fragments.add(SnapshotCodec.fromJson(Compilations.fragment(compilation, name)));
        }
        schema = SnapshotAssembler.assemble(fragments);
    }

    @Test
    void singleTableSubclassesShareTheRootTableWithADiscriminator() {
        Table animal = schema.requireTable("Animal");
        assertThat(animal.requireColumn("DTYPE"))
                .isEqualTo(Column.of("DTYPE", ColumnType.varchar(31)).notNull().check("DTYPE in ('Dog')"));
        // A primitive of a subclass is nullable, checked through the discriminator instead.
        assertThat(animal.requireColumn("barks").nullable()).isTrue();
        assertThat(animal.checks()).containsExactly(CheckConstraint.of(null, "DTYPE <> 'Dog' or (barks is not null)"));
        assertThat(animal.foreignKeys()).containsExactly(
                ForeignKey.of("FK1mbs8g1k1vus1t1ppmgn2rlv0", List.of("origin_code"), "Country", List.of("code")));
        assertThat(schema.table("Dog")).isEmpty();
        assertThat(schema.sequences()).contains(Sequence.of("Animal_SEQ", 1, 50));
    }

    @Test
    void discriminatorValuesOfAllSubclassesAreUnioned() {
        Table root = schema.requireTable("Root");
        assertThat(root.requireColumn("DTYPE").check()).startsWith("DTYPE in ('Root',")
                .contains("'AA'", "'Leaf'", "'Zeta'");
        assertThat(root.requireColumn("l").nullable()).isFalse(); // written nullable = false survives
        assertThat(root.checks()).containsExactlyInAnyOrder(
                CheckConstraint.of(null, "DTYPE <> 'AA' or (a is not null)"),
                CheckConstraint.of(null, "DTYPE <> 'Leaf' or (m is not null)"),
                CheckConstraint.of(null, "DTYPE <> 'Zeta' or (z is not null)"));
        assertThat(schema.requireTable("Doc").requireColumn("kind"))
                .isEqualTo(Column.of("kind", ColumnType.varchar(10)).notNull().check("kind in ('D','M')"));
        assertThat(schema.requireTable("IntDisc").requireColumn("DTYPE").check()).isEqualTo("DTYPE in (1,2)");
        assertThat(schema.requireTable("Solo").column("DTYPE")).isEmpty();
    }

    @Test
    void joinedSubclassesHaveTheirOwnTableKeyedToTheParent() {
        Table truck = schema.requireTable("Truck");
        assertThat(truck.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "axles");
        assertThat(truck.primaryKey().columns()).containsExactly("id");
        assertThat(truck.requireColumn("id").identity()).isFalse();
        assertThat(truck.foreignKeys()).containsExactly(
                ForeignKey.of("FK5b7qnlumm5uqs4wb6sqrdmw5u", List.of("id"), "Vehicle", List.of("id")));
        Table boat = schema.requireTable("Boat");
        assertThat(boat.primaryKey().columns()).containsExactly("boat_id");
        assertThat(boat.foreignKeys()).containsExactly(
                ForeignKey.of("FK97adkf2h0imgvt1di3p45vh9d", List.of("boat_id"), "Vehicle", List.of("id")));
        assertThat(schema.requireTable("J1").requireColumn("DTYPE").check()).isEqualTo("DTYPE in ('J1','J2')");
        assertThat(schema.requireTable("J2").foreignKeys()).extracting(ForeignKey::name)
                .containsExactly("FKjoummbt0f1s18x7e6qrvsi0pd");
    }

    @Test
    void tablePerClassCopiesInheritedColumnsAndSkipsAbstractRoots() {
        assertThat(schema.table("Shape")).isEmpty();
        Table square = schema.requireTable("Square");
        assertThat(square.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "sides", "edge");
        assertThat(square.foreignKeys()).isEmpty();
        assertThat(schema.sequences()).contains(Sequence.of("Shape_SEQ", 1, 50));
    }
}
