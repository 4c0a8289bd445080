package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @ElementCollection} tables of an entity with a composite key; expectations are Hibernate
 * 7.1.10's DDL for the same class (H2 and PostgreSQL agree).
 */
class ElementCollectionTest {
    private static final List<String> OWNER = List.of("Purchase_orderNo", "Purchase_shopId");
    private static final List<String> OWNER_KEY = List.of("orderNo", "shopId");
    private static Schema schema;

    @BeforeAll
    static void compile() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("collections"));
        assertThat(compilation).succeeded();
        schema = SnapshotCodec.fromJson(Compilations.fragment(compilation, "collections.Purchase")).schema();
    }

    private static Column owner(String name, ColumnType type) {
        return Column.of(name, type).notNull();
    }

    @Test
    void setOfNullableBasicsHasNoPrimaryKey() {
        Table tags = schema.requireTable("Purchase_tags");
        assertThat(tags.columnsByName().values()).containsExactlyInAnyOrder(
                owner("Purchase_orderNo", ColumnType.INTEGER), owner("Purchase_shopId", ColumnType.BIGINT),
                Column.of("tags", ColumnType.varchar(255)));
        assertThat(tags.primaryKey()).isNull();
        assertThat(tags.foreignKeys()).containsExactly(
                ForeignKey.of("FKa55scvofoaxchpwl0ieqvkueo", OWNER, "Purchase", OWNER_KEY));
    }

    @Test
    void orderedListIsKeyedByOwnerAndOrderColumn() {
        Table notes = schema.requireTable("purchase_notes");
        assertThat(notes.requireColumn("notes_ORDER")).isEqualTo(owner("notes_ORDER", ColumnType.INTEGER));
        assertThat(notes.requireColumn("note")).isEqualTo(Column.of("note", ColumnType.varchar(500)));
        assertThat(notes.primaryKey().columns()).containsExactly("Purchase_orderNo", "notes_ORDER", "Purchase_shopId");
        assertThat(notes.foreignKeys()).extracting(ForeignKey::name).containsExactly("FKdbuswtkl4i23obgkr028dmgeb");
    }

    @Test
    void embeddableElementsAndMapsFollowHibernate() {
        Table payments = schema.requireTable("Purchase_payments");
        assertThat(payments.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("Purchase_orderNo", "Purchase_shopId", "amount", "currencyCode");
        assertThat(payments.primaryKey()).isNull();
        assertThat(payments.foreignKeys()).extracting(ForeignKey::name).containsExactly("FKdconxf1fexsd7t8e93rlkc4wx");
        Table counters = schema.requireTable("Purchase_counters");
        assertThat(counters.requireColumn("k")).isEqualTo(owner("k", ColumnType.varchar(255)));
        assertThat(counters.requireColumn("counters")).isEqualTo(Column.of("counters", ColumnType.INTEGER));
        assertThat(counters.primaryKey().columns()).containsExactly("Purchase_orderNo", "Purchase_shopId", "k");
        assertThat(counters.foreignKeys()).extracting(ForeignKey::name).containsExactly("FKh1q2h5xdemda328x719vapnl4");
    }
}
