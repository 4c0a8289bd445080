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
