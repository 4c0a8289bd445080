package dev.migrator.dialect;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Sequence;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetTableComment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact SQL of qualified names (decision D4) and of the schema operations, per dialect. */
class SchemaSqlTest {
    private static final Dialect H2 = Dialect.named("h2");
    private static final Dialect PG = Dialect.named("postgresql");

    @Test
    void eachPartOfAQualifiedNameIsQuotedOnItsOwn() {
        assertThat(H2.quoteQualified("sales.orders")).isEqualTo("sales.orders");
        assertThat(H2.quoteQualified("order.user")).isEqualTo("\"order\".\"user\"");
        assertThat(PG.quoteQualified("`My.Schema`.`T.x`")).isEqualTo("\"My.Schema\".\"T.x\"");
        assertThat(PG.quoteQualified("orders")).isEqualTo("orders");
        // A hostile schema name stays one identifier: the dot that separates is outside all quotes.
        assertThat(PG.quoteQualified("`a\"; drop table x; --`.t")).isEqualTo("\"a\"\"; drop table x; --\".t");
    }

    @Test
    void schemasAreCreatedIfMissingAndDroppedOnlyWhenEmpty() {
        for (Dialect dialect : List.of(H2, PG)) {
            assertThat(dialect.sql(new CreateSchema("sales"))).containsExactly("create schema if not exists sales");
            assertThat(dialect.sql(new DropSchema("sales"))).containsExactly("drop schema sales restrict");
            assertThat(dialect.sql(new CreateSchema("order"))).containsExactly("create schema if not exists \"order\"");
        }
    }

    @Test
    void tablesForeignKeysAndCommentsNameTheSchema() {
        CreateTable create = new CreateTable(table("sales.orders")
                .column(column("id", BIGINT).notNull())
                .column(column("customer_id", BIGINT))
                .primaryKey("id")
                .comment("orders")
                .index(Index.of("IDXcustomer", "customer_id"))
                .foreignKey(ForeignKey.of("FKcustomer", List.of("customer_id"), "crm.customer", List.of("id"))));
        assertThat(PG.sql(create)).containsExactly(
                "create table sales.orders (id bigint not null, customer_id bigint, primary key (id))",
                "comment on table sales.orders is 'orders'",
                "create index IDXcustomer on sales.orders (customer_id)",
                "alter table sales.orders add constraint FKcustomer foreign key (customer_id) references crm.customer (id)");
        assertThat(H2.sql(new AddForeignKey("plain", ForeignKey.of("FKx", List.of("o"), "`Sales`.`order`", List.of("id")))))
                .containsExactly("alter table plain add constraint FKx foreign key (o) references \"Sales\".\"order\" (id)");
        assertThat(H2.sql(new SetTableComment("sales.orders", null, "x")))
                .containsExactly("comment on table sales.orders is 'x'");
        assertThat(H2.sql(new DropTable(table("sales.orders").column(column("id", BIGINT)))))
                .containsExactly("drop table sales.orders");
    }

    @Test
    void h2NamesTheConnectionsSchemaForAKeyIntoTheDefaultSchema() {
        ForeignKey key = ForeignKey.of("FKc", List.of("c"), "customer", List.of("id"));
        assertThat(H2.sql(new AddForeignKey("sales.orders", key))).containsExactly(
                "execute immediate 'alter table sales.orders add constraint FKc foreign key (c) references \"'"
                        + " || replace(current_schema, '\"', '\"\"') || '\".customer (id)'");
        // PostgreSQL resolves an unqualified name through the search path, as for every other statement.
        assertThat(PG.sql(new AddForeignKey("sales.orders", key))).containsExactly(
                "alter table sales.orders add constraint FKc foreign key (c) references customer (id)");
        assertThat(H2.sql(new AddForeignKey("orders", key))).containsExactly(
                "alter table orders add constraint FKc foreign key (c) references customer (id)");
    }

    @Test
    void anIndexIsDroppedInItsTablesSchema() {
        for (Dialect dialect : List.of(H2, PG)) {
            assertThat(dialect.sql(new CreateIndex("sales.orders", Index.of("idx", "a"))))
                    .containsExactly("create index idx on sales.orders (a)");
            assertThat(dialect.sql(new DropIndex("sales.orders", Index.of("idx", "a"))))
                    .containsExactly("drop index sales.idx");
            assertThat(dialect.sql(new DropIndex("orders", Index.of("idx", "a")))).containsExactly("drop index idx");
        }
    }

    @Test
    void sequencesNameTheirSchema() {
        Sequence sequence = Sequence.of("sales.order_seq", 1, 50);
        assertThat(PG.sql(new CreateSequence(sequence)))
                .containsExactly("create sequence sales.order_seq start with 1 increment by 50");
        assertThat(H2.sql(new DropSequence(sequence))).containsExactly("drop sequence sales.order_seq");
    }

    @Test
    void renamingInsideASchemaRenamesTheOwnName() {
        assertThat(H2.sql(new RenameTable("sales.orders", "sales.purchases")))
                .containsExactly("alter table sales.orders rename to purchases");
        List<String> pg = PG.sql(new RenameTable("sales.orders", "sales.purchases"));
        assertThat(pg.get(0)).isEqualTo("alter table sales.orders rename to purchases");
        // The primary key's index lives in the table's schema; derived names are always quoted, exactly as stored.
        assertThat(pg.get(1)).isEqualTo("alter index if exists sales.\"orders_pkey\" rename to \"purchases_pkey\"");
        assertThat(pg.get(2)).contains("''sales.purchases''::regclass").contains("''orders'' || ''_''");
    }

    @Test
    void movingToAnotherSchemaSetsTheSchemaThenRenames() {
        assertThat(PG.sql(new RenameTable("sales.orders", "billing.orders")).get(0))
                .isEqualTo("alter table sales.orders set schema billing");
        List<String> moveAndRename = PG.sql(new RenameTable("orders", "billing.invoice"));
        assertThat(moveAndRename.subList(0, 3)).containsExactly(
                "alter table orders set schema billing",
                "alter table billing.orders rename to invoice",
                "alter index if exists billing.\"orders_pkey\" rename to \"invoice_pkey\"");
        assertThat(PG.sql(new RenameTable("billing.orders", "orders")).get(0))
                .isEqualTo("do 'begin execute format(''alter table %s set schema %I'', ''billing.orders'', current_schema()); end'");
        assertThatThrownBy(() -> H2.sql(new RenameTable("sales.orders", "billing.orders")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("H2 cannot move table sales.orders to schema billing");
    }

    @Test
    void derivedConstraintNamesUseTheOwnTableName() {
        assertThat(PG.sql(new DropPrimaryKey("sales.orders", PrimaryKey.of("id"))))
                .containsExactly("alter table sales.orders drop constraint \"orders_pkey\"");
    }
}
