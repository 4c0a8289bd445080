package dev.migrator.replay;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replay of qualified names and of the schema operations (decision D4). */
class SchemaReplaySchemaTest {

    @Test
    void schemasComeAndGoWithWhatTheyHold() {
        List<Operation> operations = List.of(
                new CreateSchema("sales"),
                new CreateTable(table("sales.orders").column(column("id", BIGINT).notNull()).primaryKey("id")),
                new CreateTable(table("invoice").column(column("order_id", BIGINT))
                        .foreignKey(ForeignKey.of("FKo", List.of("order_id"), "sales.orders", List.of("id")))),
                new CreateSequence(Sequence.of("sales.order_seq", 1, 50)));
        Schema schema = SchemaReplay.apply(Schema.EMPTY, operations);
        assertThat(schema.namespaces()).containsExactly("sales");
        assertThat(schema.requireTable("invoice").foreignKeys().get(0).referencedTable()).isEqualTo("sales.orders");

        Schema moved = SchemaReplay.apply(schema, new RenameTable("sales.orders", "billing.orders"));
        assertThat(moved.requireTable("invoice").foreignKeys().get(0).referencedTable()).isEqualTo("billing.orders");
        assertThat(moved.namespaces()).containsExactly("billing", "sales");
    }

    @Test
    void aSchemaThatStillHoldsSomethingIsNotDropped() {
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateSequence(Sequence.of("sales.s", 1, 1))));
        assertThatThrownBy(() -> SchemaReplay.apply(schema, new DropSchema("sales")))
                .hasMessageContaining("schema sales still holds tables or sequences");
        Schema empty = SchemaReplay.apply(schema, new DropSequence(Sequence.of("sales.s", 1, 1)));
        assertThat(SchemaReplay.apply(empty, new DropSchema("sales"))).isEqualTo(Schema.EMPTY);
    }

    @Test
    void schemaOperationsReverseEachOtherAndRefuseQualifiedNames() {
        assertThat(new CreateSchema("sales").reverse()).isEqualTo(new DropSchema("sales"));
        assertThat(new DropSchema("sales").reverse()).isEqualTo(new CreateSchema("sales"));
        assertThat(new CreateSchema("`a.b`").name()).isEqualTo("`a.b`");
        assertThatThrownBy(() -> new CreateSchema("a.b")).hasMessageContaining("a schema name has no schema");
    }
}
