package dev.migrator.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotAssemblerTest {
    private static final Table ADDRESS = Table.named("Address")
            .column(Column.of("id", ColumnType.BIGINT).notNull())
            .primaryKey("id");

    private static EntitySnapshot fragment(String entity, String naming, List<Table> tables, List<Sequence> sequences) {
        return new EntitySnapshot(entity, naming, new Schema(tables, sequences), Map.of());
    }

    @Test
    void unionsPartialTablesOfSeveralEntities() {
        Table addedByOwner = Table.named("Address")
                .column(Column.of("owner_id", ColumnType.BIGINT))
                .foreignKey(ForeignKey.of("FK1", List.of("owner_id"), "Owner", List.of("id")));

        Schema schema = SnapshotAssembler.assemble(List.of(
                fragment("x.Owner", "standard", List.of(addedByOwner), List.of(Sequence.of("s", 1, 50))),
                fragment("x.Address", "standard", List.of(ADDRESS), List.of(Sequence.of("s", 1, 50)))));

        Table address = schema.requireTable("Address");
        assertThat(address.columns()).extracting(Column::name).containsExactly("id", "owner_id");
        assertThat(address.primaryKey().columns()).containsExactly("id");
        assertThat(address.foreignKeys()).hasSize(1);
        assertThat(schema.sequences()).containsExactly(Sequence.of("s", 1, 50));
    }

    private static EntitySnapshot bound(String entity, Table table, Map<String, String> bindings) {
        return new EntitySnapshot(entity, "standard", new Schema(List.of(table), List.of()), Map.of(), null, bindings);
    }

    /** Hibernate: OrderLine's read-only basic is bound in the first pass, before Order's collection key. */
    @Test
    void aBasicMappingWinsOverAnotherEntitysCollectionKeyWhoseForeignKeyStays() {
        Table line = Table.named("OrderLine").column(Column.of("id", ColumnType.BIGINT).notNull())
                .column(Column.of("order_id", ColumnType.BIGINT)).primaryKey("id");
        Table key = Table.named("OrderLine").column(Column.of("order_id", ColumnType.BIGINT).notNull())
                .foreignKey(ForeignKey.of("FK1", List.of("order_id"), "Orders", List.of("id")));
        EntitySnapshot order = bound("x.Order", key, Map.of("OrderLine.order_id", EntitySnapshot.COLLECTION_KEY));
        EntitySnapshot orderLine = bound("x.OrderLine", line, Map.of());

        for (List<EntitySnapshot> fragments : List.of(List.of(order, orderLine), List.of(orderLine, order))) {
            Table assembled = SnapshotAssembler.assemble(fragments).requireTable("OrderLine");
            assertThat(assembled.requireColumn("order_id").nullable()).isTrue();
            assertThat(assembled.foreignKeys()).extracting(ForeignKey::name).containsExactly("FK1");
        }
    }

    /** The x.A fragment (sorted first) holds the later phase: the later fragment's earlier phase replaces it. */
    @Test
    void anEarlierPhaseReplacesADefinitionAlreadyMergedAndTakesItsUniqueFlagAlong() {
        Table rootJoin = Table.named("Animal").column(Column.of("id", ColumnType.BIGINT).notNull())
                .column(Column.of("keeper_id", ColumnType.BIGINT).notNull())
                .unique(new dev.migrator.model.UniqueConstraint(null, List.of("keeper_id")))
                .primaryKey("id");
        Table subclassBasic = Table.named("Animal").column(Column.of("keeper_id", ColumnType.INTEGER));

        Table assembled = SnapshotAssembler.assemble(List.of(
                bound("x.A", rootJoin, Map.of("Animal.keeper_id", EntitySnapshot.JOIN_COLUMN)),
                bound("x.B", subclassBasic, Map.of()))).requireTable("Animal");

        assertThat(assembled.columns()).extracting(Column::name).containsExactly("id", "keeper_id");
        assertThat(assembled.requireColumn("keeper_id")).isEqualTo(Column.of("keeper_id", ColumnType.INTEGER));
        assertThat(assembled.uniqueConstraints()).isEmpty();
    }

    @Test
    void aJoinColumnWinsOverACollectionKeyAndKeepsItsOwnUniqueFlag() {
        Table join = Table.named("Seat").column(Column.of("car_id", ColumnType.BIGINT).notNull())
                .unique(new dev.migrator.model.UniqueConstraint(null, List.of("car_id")));
        Table key = Table.named("Seat").column(Column.of("car_id", ColumnType.BIGINT))
                .unique(new dev.migrator.model.UniqueConstraint(null, List.of("car_id")));

        Table assembled = SnapshotAssembler.assemble(List.of(
                bound("x.A", key, Map.of("Seat.car_id", EntitySnapshot.COLLECTION_KEY)),
                bound("x.B", join, Map.of("Seat.car_id", EntitySnapshot.JOIN_COLUMN)))).requireTable("Seat");

        assertThat(assembled.requireColumn("car_id").nullable()).isFalse();
        assertThat(assembled.uniqueConstraints()).hasSize(1);
    }

    /** Sibling single-table subclasses: Hibernate keeps whichever it registered first, so we refuse to guess. */
    @Test
    void refusesDifferentDefinitionsInTheSamePhaseNamingBothEntitiesAndThePhase() {
        Table cat = Table.named("Animal").column(Column.of("tag", ColumnType.varchar(10)));
        Table dog = Table.named("Animal").column(Column.of("tag", ColumnType.varchar(40)));

        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(bound("x.Dog", dog, Map.of()),
                bound("x.Cat", cat, Map.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("column Animal.tag is mapped differently by x.Cat (")
                .hasMessageContaining(") and x.Dog (")
                .hasMessageContaining("both ids or basic attributes")
                .hasMessageContaining("depends on the order the entities are registered in");
        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(
                bound("x.Dog", dog, Map.of("Animal.tag", EntitySnapshot.COLLECTION_KEY)),
                bound("x.Cat", cat, Map.of("Animal.tag", EntitySnapshot.COLLECTION_KEY)))))
                .hasMessageContaining("both collection keys");
    }

    @Test
    void resultDoesNotDependOnFragmentOrder() {
        Table other = Table.named("Address").column(Column.of("x", ColumnType.BIGINT));
        List<EntitySnapshot> fragments = List.of(
                fragment("x.B", "standard", List.of(other), List.of()),
                fragment("x.A", "standard", List.of(ADDRESS), List.of()));

        Schema forward = SnapshotAssembler.assemble(fragments);
        Schema backward = SnapshotAssembler.assemble(List.of(fragments.get(1), fragments.get(0)));

        assertThat(forward.requireTable("Address").columns()).isEqualTo(backward.requireTable("Address").columns());
    }

    @Test
    void namesBothEntitiesWhenAColumnIsMappedDifferently() {
        Table conflicting = Table.named("Address").column(Column.of("id", ColumnType.INTEGER).notNull());

        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(
                        fragment("x.A", "standard", List.of(ADDRESS), List.of()),
                        fragment("x.B", "standard", List.of(conflicting), List.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Address.id")
                .hasMessageContaining("x.A")
                .hasMessageContaining("x.B");
    }

    @Test
    void fragmentsMustAgreeOnTheDialectTheirNamesWereComputedFor() {
        EntitySnapshot h2 = new EntitySnapshot("x.A", "standard", Schema.EMPTY, Map.of(), "h2");
        EntitySnapshot postgresql = new EntitySnapshot("x.B", "standard", Schema.EMPTY, Map.of(), "postgresql");
        EntitySnapshot none = new EntitySnapshot("x.C", "standard", Schema.EMPTY, Map.of());

        assertThat(SnapshotAssembler.dialect(List.of(h2, new EntitySnapshot("x.D", "standard", Schema.EMPTY, Map.of(), "h2"))))
                .isEqualTo("h2");
        assertThat(SnapshotAssembler.dialect(List.of(none))).isNull();
        assertThat(SnapshotAssembler.dialect(List.of())).isNull();
        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(h2, postgresql)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("entities x.A (dialect h2) and x.B (dialect postgresql) were compiled with different"
                        + " -Amigrator.dialect options; compile all entities with the same one");
        assertThatThrownBy(() -> SnapshotAssembler.dialect(List.of(none, h2)))
                .hasMessageContaining("x.C (dialect not set) and x.A (dialect h2)");
    }

    @Test
    void fragmentsMustAgreeOnTheImplicitNaming() {
        EntitySnapshot spring = new EntitySnapshot("x.A", "snake_case", Schema.EMPTY, Map.of(), null, Map.of(), "spring");
        EntitySnapshot jpa = new EntitySnapshot("x.B", "snake_case", Schema.EMPTY, Map.of(), null, Map.of(), null);

        assertThat(SnapshotAssembler.implicitNaming(List.of(spring))).isEqualTo("spring");
        assertThat(SnapshotAssembler.implicitNaming(List.of(jpa))).isEqualTo("jpa");
        assertThat(SnapshotAssembler.implicitNaming(List.of())).isEqualTo("jpa");
        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(spring, jpa)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("entities x.A (implicitNaming spring) and x.B (implicitNaming jpa) were compiled with"
                        + " different -Amigrator.implicitNaming options; compile all entities with the same one");
        assertThatThrownBy(() -> SnapshotAssembler.implicitNaming(List.of(jpa, spring)))
                .hasMessageContaining("x.B (implicitNaming jpa) and x.A (implicitNaming spring)");
    }

    @Test
    void rejectsMixedNamingAndConflictingSequences() {
        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(
                        fragment("x.A", "standard", List.of(), List.of()),
                        fragment("x.B", "snake_case", List.of(), List.of()))))
                .hasMessageContaining("-Amigrator.naming");
        assertThatThrownBy(() -> SnapshotAssembler.assemble(List.of(
                        fragment("x.A", "standard", List.of(), List.of(Sequence.of("s", 1, 50))),
                        fragment("x.B", "standard", List.of(), List.of(Sequence.of("s", 1, 1))))))
                .hasMessageContaining("sequence s");
    }

    @Test
    void emptyInputIsTheEmptySchema() {
        assertThat(SnapshotAssembler.assemble(List.of())).isEqualTo(Schema.EMPTY);
    }
}
