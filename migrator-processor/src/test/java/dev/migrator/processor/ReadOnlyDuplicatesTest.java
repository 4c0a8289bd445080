package dev.migrator.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A column mapped more than once with all but one mapping read-only (fixture {@code dupcols}):
 * the expectations are Hibernate 7.1.10's DDL for the same classes, identical on H2 and
 * PostgreSQL — the mapping bound first (id, then basics alphabetically, then join columns)
 * defines the column; foreign keys of every mapping stay; a {@code unique} of a mapping that
 * does not define the column is lost.
 */
class ReadOnlyDuplicatesTest {
    private static Schema schema;

    @BeforeAll
    static void compileAndAssemble() throws SnapshotFormatException {
        schema = Compilations.assembled("dupcols");
    }

    @Test
    void aReadOnlyBasicDefinesTheColumnOfAWritableJoinColumn() {
        Table table = schema.requireTable("AJoinWritable");
        // @ManyToOne(optional = false) + read-only Long: "product_id bigint" (nullable), FK kept.
        assertThat(table.requireColumn("product_id")).isEqualTo(Column.of("product_id", ColumnType.BIGINT));
        assertThat(table.foreignKeys()).extracting(ForeignKey::columns)
                .contains(List.of("product_id"), List.of("p_id"), List.of("q_id"), List.of("r_id"));
        // The one-to-one's unique flag belongs to the join column object Hibernate drops; the basic's stays.
        assertThat(table.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("q_id")));
        // An explicit @Column leaves a primitive nullable.
        assertThat(table.requireColumn("r_id").nullable()).isTrue();
    }

    @Test
    void aWritableBasicDefinesTheColumnOfAReadOnlyJoinColumn() {
        Table table = schema.requireTable("BBasicWritable");
        assertThat(table.requireColumn("product_id").nullable()).isFalse();
        assertThat(table.requireColumn("other_id").nullable()).isTrue();
        assertThat(table.uniqueConstraints()).isEmpty();
        assertThat(table.foreignKeys()).hasSize(3);
    }

    @Test
    void betweenBasicsTheAlphabeticallyFirstAttributeDefinesTheColumn() {
        Table table = schema.requireTable("CTwoBasics");
        assertThat(table.requireColumn("code").type()).isEqualTo(ColumnType.varchar(30)); // alpha, declared second
        assertThat(table.requireColumn("w").type()).isEqualTo(ColumnType.varchar(7)); // both read-only
        assertThat(table.requireColumn("v").nullable()).isTrue();
        assertThat(table.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("u")));
        assertThat(table.requireColumn("id").nullable()).isFalse();
        assertThat(table.primaryKey().columns()).containsExactly("id");
    }

    @Test
    void compositeJoinColumnsTakeEachColumnFromItsFirstMapping() {
        Table table = schema.requireTable("DComposite");
        assertThat(table.requireColumn("c_k1").nullable()).isTrue();
        assertThat(table.requireColumn("c_k2").nullable()).isFalse();
        assertThat(table.requireColumn("d_k1").nullable()).isFalse();
        assertThat(table.requireColumn("d_k2").nullable()).isTrue();
        assertThat(table.foreignKeys()).extracting(ForeignKey::columns)
                .containsExactlyInAnyOrder(List.of("c_k1", "c_k2"), List.of("d_k1", "d_k2"));
    }

    @Test
    void aSingleTableSubclassKeepsItsRootsColumn() {
        // EDog's read-only sharedCopy (length 50) adds nothing: the root's shared (length 12) is bound first.
        assertThat(schema.requireTable("EAnimal").requireColumn("shared").type()).isEqualTo(ColumnType.varchar(12));
    }

    @Test
    void aCollectionKeyInTheSameTableLosesToTheBasic() {
        Table node = schema.requireTable("Node");
        assertThat(node.requireColumn("parent_id")).isEqualTo(Column.of("parent_id", ColumnType.BIGINT));
        // amountText sorts before price.amount: its length wins.
        assertThat(node.requireColumn("amount").type()).isEqualTo(ColumnType.varchar(5));
        assertThat(schema.requireTable("Line").requireColumn("ord_id").nullable()).isTrue();
    }
}
