package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Where the processor places tables and sequences (decision D4), as Hibernate does; the Hibernate
 * metamodel agreement of the same fixture is {@link HibernateMetadataTest} ({@code schemas}).
 */
class SchemaPlacementTest {

    @Test
    void tablesAndSequencesAreNamedWithTheirSchema() throws Exception {
        Schema schema = Compilations.assembled("schemas");
        assertThat(schema.tables().stream().map(Table::name)).containsExactlyInAnyOrder(
                "Customer", "inventory.Product", "inventory.warehouse", "inventory.warehouse_alias",
                "inventory.shipment_warehouse", "sales.orders", "sales.OrderLine", "sales.Shipment",
                "order.invoice", "order.invoice_detail", "audit.AuditEntry", "audit.audit_ids",
                // Implicit join and collection tables stay in the default schema, whatever the owner's.
                "orders_Product", "PurchaseOrder_notes");
        assertThat(schema.sequences().stream().map(Sequence::name))
                // An implicit sequence (<table>_SEQ) is in the default schema too.
                .containsExactlyInAnyOrder("sales.order_seq", "Shipment_SEQ");
        assertThat(schema.namespaces()).containsExactly("audit", "inventory", "order", "sales");
    }

    @Test
    void keysNameTheQualifiedTableButHashOnlyItsOwnName() throws Exception {
        Schema schema = Compilations.assembled("schemas");
        ForeignKey toCustomer = schema.requireTable("sales.orders").foreignKeys().stream()
                .filter(fk -> fk.referencedTable().equals("Customer")).findFirst().orElseThrow();
        // The hash of Hibernate's ForeignKeyNameSource: table `orders`, referenced `Customer`, no schema.
        assertThat(toCustomer.name()).isEqualTo(ConstraintNames.foreignKey(
                new Name("orders", false, false), new Name("Customer", false, false),
                java.util.List.of(new Name("customer_id", false, false))));
        assertThat(schema.requireTable("sales.OrderLine").foreignKeys().stream().map(ForeignKey::referencedTable))
                .containsExactlyInAnyOrder("sales.orders", "inventory.Product");
    }

    @Test
    void snakeCaseAppliesToTheSchemaAndTheDefaultSchemaSpelledOutIsDropped() {
        Compilation compilation = Compilations.compile(java.util.List.of(Compilations.source("t.LedgerEntry",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(schema = \"FinanceArchive\")",
                "public class LedgerEntry {",
                "    @Id Long id;",
                "}"), Compilations.source("t.Plain",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(name = \"plain\", schema = \"PUBLIC\")",
                "public class Plain {",
                "    @Id Long id;",
                "}")), "-Amigrator.naming=snake_case");
        assertThat(compilation).succeeded();
        assertThat(Compilations.fragment(compilation, "t.LedgerEntry")).contains("\"name\": \"finance_archive.ledger_entry\"");
        assertThat(Compilations.fragment(compilation, "t.Plain")).contains("\"name\": \"plain\"");
    }
}
