package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameTable;
import dev.migrator.replay.SchemaReplay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ creates a schema before its first table or sequence and drops it after the last (decision D4). */
class NamespacesDiffTest {
    private static final Table CUSTOMER = table("customer").column(column("id", BIGINT).notNull()).primaryKey("id");

    private static Table orders(String name) {
        return table(name).column(column("id", BIGINT).notNull()).column(column("customer_id", BIGINT)).primaryKey("id")
                .foreignKey(foreignKey("FKcustomer", "customer_id", "customer", "id"));
    }

    @Test
    void aNewSchemaIsCreatedBeforeItsFirstTableAndSequence() {
        Schema before = new Schema(List.of(CUSTOMER), List.of());
        Schema after = new Schema(List.of(CUSTOMER, orders("sales.orders")), List.of(sequence("audit.log_seq", 1, 50)));
        List<Operation> operations = SchemaDiffer.diff(before, after);
        assertThat(operations.subList(0, 2)).containsExactly(new CreateSchema("audit"), new CreateSchema("sales"));
        assertThat(operations).contains(new CreateSequence(sequence("audit.log_seq", 1, 50)));
        assertThat(operations.stream().filter(CreateTable.class::isInstance).map(o -> ((CreateTable) o).table().name()))
                .containsExactly("sales.orders");
        assertThat(SchemaReplay.apply(before, operations)).isEqualTo(after);
    }

    @Test
    void aSchemaInUseIsNotCreatedAgainAndOneStillInUseIsNotDropped() {
        Schema before = new Schema(List.of(CUSTOMER, orders("sales.orders")), List.of(sequence("sales.s", 1, 1)));
        Schema after = new Schema(List.of(CUSTOMER, orders("sales.orders"), orders("sales.returns")), List.of());
        List<Operation> operations = SchemaDiffer.diff(before, after);
        assertThat(operations).noneMatch(op -> op instanceof CreateSchema || op instanceof DropSchema);
        assertThat(operations).contains(new DropSequence(sequence("sales.s", 1, 1)));
    }

    @Test
    void theLastTableLeavingDropsTheSchemaAfterIt() {
        Schema before = new Schema(List.of(CUSTOMER, orders("sales.orders")), List.of());
        Schema after = new Schema(List.of(CUSTOMER), List.of());
        List<Operation> operations = SchemaDiffer.diff(before, after);
        assertThat(operations.get(operations.size() - 1)).isEqualTo(new DropSchema("sales"));
        assertThat(operations).anyMatch(DropTable.class::isInstance);
        assertThat(SchemaReplay.apply(before, operations)).isEqualTo(after);
    }

    @Test
    void theDowngradeDropsTheTablesThenTheSchema() {
        Schema before = new Schema(List.of(CUSTOMER), List.of());
        Schema after = new Schema(List.of(CUSTOMER, orders("sales.orders")), List.of());
        List<Operation> downgrade = new ArrayList<>(SchemaDiffer.diff(before, after).stream().map(Operation::reverse).toList());
        Collections.reverse(downgrade);
        assertThat(downgrade.get(downgrade.size() - 1)).isEqualTo(new DropSchema("sales"));
        assertThat(SchemaReplay.apply(after, downgrade)).isEqualTo(before);
    }

    @Test
    void aTableMovedIntoANewSchemaFindsItCreatedAndTheOldOneDropped() {
        Schema before = new Schema(List.of(CUSTOMER, orders("sales.orders").origin("com.x.Order")), List.of());
        Schema after = new Schema(List.of(CUSTOMER, orders("billing.orders").origin("com.x.Order")), List.of());
        List<Operation> operations = SchemaDiffer.diff(before, after);
        assertThat(operations).containsExactly(new CreateSchema("billing"), new RenameTable("sales.orders", "billing.orders"),
                new DropSchema("sales"));
        assertThat(SchemaReplay.apply(before, operations)).isEqualTo(after);
    }

    @Test
    void theDefaultSchemaIsNeverCreatedNorDropped() {
        for (String spelled : List.of("public", "PUBLIC", "`public`", "`PUBLIC`")) {
            Schema after = new Schema(List.of(CUSTOMER, orders(spelled + ".orders")), List.of());
            assertThat(SchemaDiffer.diff(Schema.EMPTY, after)).as(spelled)
                    .noneMatch(op -> op instanceof CreateSchema);
            assertThat(SchemaDiffer.diff(after, Schema.EMPTY)).as(spelled)
                    .noneMatch(op -> op instanceof DropSchema);
        }
    }

    @Test
    void declaredRenamesNameTablesWithTheirSchema() {
        Renames renames = Renames.parse("sales.orders=sales.purchases, orders=billing.orders, sales.orders.total=amount");
        assertThat(renames.tables()).containsExactly(java.util.Map.entry("orders", "billing.orders"),
                java.util.Map.entry("sales.orders", "sales.purchases"));
        assertThat(renames.columnsOf("sales.orders", "sales.purchases")).containsExactly(java.util.Map.entry("total", "amount"));
    }
}
