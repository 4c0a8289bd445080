package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A column that two entities' fragments define (fixture {@code crossfrag}): each fragment names the
 * binding phase of its join columns and collection keys, and the assembled schema is Hibernate
 * 7.1.10's DDL for the same classes (identical on H2 and PostgreSQL; the same entities are the
 * {@code it} oracle fixture {@code crossfragment}): the first pass (basics) before to-one join
 * columns before collection keys, across entities.
 */
class CrossFragmentBindingsTest {
    private static Compilation compilation;
    private static Schema schema;

    @BeforeAll
    static void compileAndAssemble() throws SnapshotFormatException {
        compilation = Compilations.compile(Compilations.sourcesIn("crossfrag"));
        schema = Compilations.assembled("crossfrag");
    }

    @Test
    void fragmentsNameTheBindingPhaseOfJoinColumnsAndCollectionKeysOnly() throws SnapshotFormatException {
        assertThat(compilation).succeededWithoutWarnings();
        EntitySnapshot order = SnapshotCodec.fromJson(Compilations.fragment(compilation, "crossfrag.Order"));
        assertThat(order.bindings()).containsExactly(java.util.Map.entry("OrderLine.line_no", "collectionKey"),
                java.util.Map.entry("OrderLine.order_id", "collectionKey"));
        EntitySnapshot animal = SnapshotCodec.fromJson(Compilations.fragment(compilation, "crossfrag.Animal"));
        assertThat(animal.bindings()).containsExactly(java.util.Map.entry("Animal.keeper_id", "joinColumn"));
        EntitySnapshot cat = SnapshotCodec.fromJson(Compilations.fragment(compilation, "crossfrag.Cat"));
        assertThat(cat.bindings()).containsExactly(java.util.Map.entry("Animal.toy_id", "joinColumn"));
        EntitySnapshot line = SnapshotCodec.fromJson(Compilations.fragment(compilation, "crossfrag.OrderLine"));
        assertThat(line.bindings()).isEmpty();
        assertThat(Compilations.fragment(compilation, "crossfrag.OrderLine")).doesNotContain("binding");
    }

    @Test
    void aReadOnlyBasicDefinesTheKeyColumnOfAnotherEntitysCollection() {
        Table line = schema.requireTable("OrderLine");
        // Hibernate: "order_id bigint" despite the collection's nullable = false; its FK stays.
        assertThat(line.requireColumn("order_id")).isEqualTo(Column.of("order_id", ColumnType.BIGINT));
        // The order column is bound with the collection too: the read-only Long defines it.
        assertThat(line.requireColumn("line_no")).isEqualTo(Column.of("line_no", ColumnType.BIGINT));
        assertThat(line.foreignKeys()).extracting(ForeignKey::columns, ForeignKey::referencedTable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("order_id"), "orders"));
    }

    @Test
    void aJoinColumnDefinesTheKeyColumnOfAnotherEntitysCollection() {
        Table line = schema.requireTable("InvoiceLine");
        assertThat(line.requireColumn("invoice_id").nullable()).isFalse();
        // Same table, referenced table and column: one FK name, one FK.
        assertThat(line.foreignKeys()).hasSize(1);
    }

    @Test
    void aSubclassBasicDefinesItsRootsJoinColumnAndASiblingsOneToOneColumn() {
        Table animal = schema.requireTable("Animal");
        assertThat(animal.requireColumn("keeper_id")).isEqualTo(Column.of("keeper_id", ColumnType.BIGINT));
        assertThat(animal.requireColumn("toy_id")).isEqualTo(Column.of("toy_id", ColumnType.BIGINT));
        // The one-to-one's unique flag belonged to Cat's join column object, which Hibernate drops.
        assertThat(animal.uniqueConstraints()).isEmpty();
        assertThat(animal.foreignKeys()).extracting(ForeignKey::columns)
                .containsExactlyInAnyOrder(List.of("keeper_id"), List.of("toy_id"));
    }

    /**
     * Siblings compiled together are refused by the processor (MIG021, see {@code DiagnosticsTest}); compiled
     * in different modules, each fragment is fine alone and the assembler refuses the pair at make time.
     */
    @Test
    void siblingsFromDifferentModulesDefiningAColumnDifferentlyAreRefusedNamingBoth() throws Exception {
        List<EntitySnapshot> fragments = new java.util.ArrayList<>();
        for (String sibling : List.of("Cat", "Dog")) {
            Compilation module = Compilations.compile(Compilations.sourcesIn("crossfragclash").stream()
                    .filter(source -> !source.getName().endsWith((sibling.equals("Cat") ? "Dog" : "Cat") + ".java"))
                    .toList());
            assertThat(module).succeeded();
            fragments.add(SnapshotCodec.fromJson(Compilations.fragment(module, "crossfragclash." + sibling)));
        }

        assertThatThrownBy(() -> dev.migrator.snapshot.SnapshotAssembler.assemble(fragments))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("column Animal.tag is mapped differently by crossfragclash.Cat (")
                .hasMessageContaining(") and crossfragclash.Dog (")
                .hasMessageContaining("depends on the order the entities are registered in");
    }

    @Test
    void theColumnsOriginIsTheMappingWhoseDefinitionItHas() {
        Table line = schema.requireTable("OrderLine");
        assertThat(line.originOf(line.requireColumn("order_id"))).isEqualTo("crossfrag.OrderLine#orderId");
        Table animal = schema.requireTable("Animal");
        assertThat(animal.originOf(animal.requireColumn("keeper_id"))).isEqualTo("crossfrag.Cat#keeperId");
        assertThat(animal.originOf(animal.requireColumn("toy_id"))).isEqualTo("crossfrag.Dog#toyId");
        Table invoiceLine = schema.requireTable("InvoiceLine");
        assertThat(invoiceLine.originOf(invoiceLine.requireColumn("invoice_id"))).isEqualTo("crossfrag.InvoiceLine#invoice");
    }
}
