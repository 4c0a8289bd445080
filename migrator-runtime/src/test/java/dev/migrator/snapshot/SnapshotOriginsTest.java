package dev.migrator.snapshot;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotOriginsTest {

    private static EntitySnapshot fragment(String entity, Map<String, String> origins, Table... tables) {
        return new EntitySnapshot(entity, "standard", new Schema(List.of(tables), List.of()), origins);
    }

    @Test
    void tablesAndColumnsGetTheirFragmentsOrigins() {
        Schema schema = SnapshotAssembler.assemble(List.of(
                fragment("com.x.Animal",
                        Map.of("Animal", "com.x.Animal", "Animal.id", "com.x.Animal#id", "Animal.DTYPE",
                                "com.x.Animal#(discriminator)"),
                        table("Animal").column(column("id", BIGINT).notNull()).column(column("DTYPE", varchar(31)))),
                fragment("com.x.Dog",
                        Map.of("Animal.barks", "com.x.Dog#barks", "Animal.DTYPE", "com.x.Animal#(discriminator)"),
                        table("Animal").column(column("barks", varchar(255))).column(column("DTYPE", varchar(31))))));

        Table animal = schema.requireTable("Animal");
        assertThat(animal.origin()).isEqualTo("com.x.Animal");
        assertThat(animal.columns()).extracting(animal::originOf)
                .containsExactly("com.x.Animal#id", "com.x.Animal#(discriminator)", "com.x.Dog#barks");
        assertThat(animal.columns()).extracting(Column::origin).containsExactly("id", "(discriminator)", "com.x.Dog#barks");
    }

    @Test
    void originsThatIdentifyNoSingleThingAreLeftUnknown() {
        Schema schema = SnapshotAssembler.assemble(List.of(
                fragment("com.x.Crew",
                        Map.of("Crew", "com.x.Crew", "crew_extra", "com.x.Crew", "Crew_tags", "com.x.Crew#tags",
                                "Crew_tags.Crew_id", "com.x.Crew#tags", "Crew_tags.tags", "com.x.Crew#tags",
                                "Crew.motto", "com.x.Crew#motto"),
                        table("Crew").column(column("id", BIGINT).notNull()).column(column("motto", varchar(9))),
                        table("crew_extra").column(column("id", BIGINT).notNull()),
                        table("Crew_tags").column(column("Crew_id", BIGINT)).column(column("tags", varchar(9)))),
                fragment("com.x.Cat", Map.of("Crew.motto", "com.x.Cat#motto"),
                        table("Crew").column(column("motto", varchar(9))))));

        // Primary and secondary table both claim the entity; the join table's two columns claim its attribute.
        assertThat(schema.requireTable("Crew").origin()).isNull();
        assertThat(schema.requireTable("crew_extra").origin()).isNull();
        assertThat(schema.requireTable("Crew_tags").origin()).isEqualTo("com.x.Crew#tags");
        assertThat(schema.requireTable("Crew_tags").columns()).extracting(Column::origin).containsOnlyNulls();
        // Two entities give one column different origins.
        assertThat(schema.requireTable("Crew").requireColumn("motto").origin()).isNull();
    }

    /** Order's collection key loses to OrderLine's read-only basic: the column is OrderLine#orderId's. */
    @Test
    void aColumnKeepsTheOriginOfTheMappingWhoseDefinitionItHas() {
        Table line = table("OrderLine").column(column("id", BIGINT).notNull()).column(column("order_id", BIGINT));
        Table key = table("OrderLine").column(column("order_id", BIGINT).notNull());
        for (String winner : List.of("com.x.Line", "com.x.A")) {
            Schema schema = SnapshotAssembler.assemble(List.of(
                    new EntitySnapshot(winner, "standard", new Schema(List.of(line), List.of()),
                            Map.of("OrderLine", winner, "OrderLine.order_id", winner + "#orderId")),
                    new EntitySnapshot("com.x.Order", "standard", new Schema(List.of(key), List.of()),
                            Map.of("OrderLine.order_id", "com.x.Order#lines"), null,
                            Map.of("OrderLine.order_id", EntitySnapshot.COLLECTION_KEY))));

            Table assembled = schema.requireTable("OrderLine");
            assertThat(assembled.originOf(assembled.requireColumn("order_id"))).isEqualTo(winner + "#orderId");
        }
    }
}
