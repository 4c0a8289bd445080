package dev.migrator.verify;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.model.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code migrator:verify} compares tables, keys and sequences by their qualified names (decision D4). */
class SchemaFactsQualifiedTest {

    @Entity(name = "VerifyCustomer")
    @Table(name = "customer")
    static class Customer {
        @Id
        Long id;
    }

    @Entity(name = "VerifyOrder")
    @Table(name = "orders", schema = "sales")
    static class Order {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
        @SequenceGenerator(name = "ids", sequenceName = "order_seq", schema = "sales")
        Long id;

        @ManyToOne
        Customer customer;
    }

    @Entity(name = "VerifyArchived")
    @Table(name = "archived", schema = "public")
    static class Archived {
        @Id
        Long id;
    }

    private static SchemaFacts hibernate() throws VerifyException {
        Dialect h2 = Dialect.named("h2");
        return OfflineHibernate.describe(getLoader(), List.of(Customer.class, Order.class, Archived.class),
                HibernateSettings.effective("standard", h2, Map.of()), false);
    }

    private static ClassLoader getLoader() {
        return SchemaFactsQualifiedTest.class.getClassLoader();
    }

    private static Schema model(String ordersName) throws VerifyException {
        return new Schema(List.of(
                table("customer").column(column("id", BIGINT).notNull()).primaryKey("id"),
                table("archived").column(column("id", BIGINT).notNull()).primaryKey("id"),
                table(ordersName).column(column("id", BIGINT).notNull()).column(column("customer_id", BIGINT))
                        .primaryKey("id")
                        .foreignKey(foreignKey(hibernate_fk(), "customer_id", "customer", "id"))),
                List.of(sequence("sales.order_seq", 1, 50)));
    }

    /** The name Hibernate gave the key (a hash of the tables' own names; the processor's tests pin that). */
    private static String hibernate_fk() throws VerifyException {
        String prefix = "table sales.orders: foreign key ";
        return hibernate().subjects().keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).findFirst().orElseThrow();
    }

    @Test
    void qualifiedNamesMatchHibernatesNamespaces() throws VerifyException {
        SchemaFacts ours = SnapshotFacts.describe(model("sales.orders"), Dialect.named("h2"));
        assertThat(FactComparison.differences(hibernate(), ours)).isEmpty();
    }

    @Test
    void aTableInTheWrongSchemaIsADifference() throws VerifyException {
        SchemaFacts ours = SnapshotFacts.describe(model("orders"), Dialect.named("h2"));
        assertThat(FactComparison.differences(hibernate(), ours))
                .contains("table orders: only in the snapshot")
                .anyMatch(line -> line.startsWith("table sales.orders: only in Hibernate"));
    }

    @Test
    void hibernatesDefaultSchemaQualifiesWhatNoAnnotationPlaces() throws VerifyException {
        SchemaFacts hibernate = OfflineHibernate.describe(getLoader(), List.of(Customer.class, Order.class, Archived.class),
                HibernateSettings.effective("standard", Dialect.named("h2"), Map.of("hibernate.default_schema", "archive")),
                false);
        assertThat(hibernate.subjects().keySet())
                .contains("table archive.customer", "table sales.orders", "table archived", "sequence sales.order_seq")
                .anyMatch(k -> k.startsWith("table sales.orders: foreign key ") && hibernate.subjects().get(k)
                        .get("references").equals("archive.customer"));
    }
}
