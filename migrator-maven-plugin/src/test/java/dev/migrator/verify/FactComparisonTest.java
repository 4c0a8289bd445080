package dev.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactComparisonTest {

    @Test
    void equalFactsHaveNoDifference() {
        assertThat(FactComparison.differences(book("varchar(200)"), book("varchar(200)"))).isEmpty();
    }

    @Test
    void aDifferentAttributeIsNamedWithBothValues() {
        assertThat(FactComparison.differences(book("varchar(200)"), book("varchar(255)"))).containsExactly(
                "table book: column title: type is varchar(200) in Hibernate, varchar(255) in the snapshot");
    }

    @Test
    void aMissingTableIsReportedOnceNotPerColumn() {
        SchemaFacts hibernate = book("varchar(200)");
        SchemaFacts snapshot = new SchemaFacts();
        snapshot.put("table author", "comment", null);
        snapshot.put("table author: column id", "type", "bigint");

        assertThat(FactComparison.differences(hibernate, snapshot)).containsExactly(
                "table author: only in the snapshot",
                "table book: only in Hibernate (comment books)");
    }

    @Test
    void aMissingPartOfACommonTableIsReportedWithItsAttributes() {
        SchemaFacts hibernate = book("varchar(200)");
        hibernate.put("table book: index IDXabc", "columns", "[title]");
        hibernate.put("table book: index IDXabc", "unique", "no");

        assertThat(FactComparison.differences(hibernate, book("varchar(200)"))).containsExactly(
                "table book: index IDXabc: only in Hibernate (columns [title], unique no)");
    }

    @Test
    void optionsAreComparedWhereEitherSideHasThem() {
        dev.migrator.dialect.Dialect h2 = dev.migrator.dialect.Dialect.named("h2");
        dev.migrator.model.Table plain = dev.migrator.Dsl.table("book")
                .column(dev.migrator.Dsl.column("id", dev.migrator.Dsl.BIGINT).notNull())
                .index(dev.migrator.Dsl.index("IDX_id", "id"))
                .foreignKey(dev.migrator.Dsl.foreignKey("FK_self", "id", "book", "id"));
        dev.migrator.model.Table withOptions = plain.options("with (fillfactor=70)")
                .withIndexes(java.util.List.of(dev.migrator.Dsl.index("IDX_id", "id").options("include (id)")))
                .withForeignKeys(java.util.List.of(dev.migrator.Dsl.foreignKey("FK_self", "id", "book", "id")
                        .options("on update cascade")));
        SchemaFacts hibernate = SnapshotFacts.describe(dev.migrator.model.Schema.EMPTY.withTable(withOptions), h2);
        SchemaFacts snapshot = SnapshotFacts.describe(dev.migrator.model.Schema.EMPTY.withTable(plain), h2);

        assertThat(FactComparison.differences(hibernate, hibernate)).isEmpty();
        assertThat(FactComparison.differences(hibernate, snapshot)).containsExactly(
                "table book: options is with (fillfactor=70) in Hibernate, (none) in the snapshot",
                "table book: foreign key FK_self: options is on update cascade in Hibernate, (none) in the snapshot",
                "table book: index IDX_id: options is include (id) in Hibernate, (none) in the snapshot");
    }

    @Test
    void inListsCompareAsSets() {
        assertThat(CheckExpressions.normalize("DTYPE in ('Node','Leaf')")).isEqualTo("DTYPE in ('Leaf','Node')");
        assertThat(CheckExpressions.normalize("(a in (2, 1)) and (b>=0)")).isEqualTo("(a in (1,2)) and (b>=0)");
        assertThat(CheckExpressions.normalize("c between 0 and 3")).isEqualTo("c between 0 and 3");
    }

    private static SchemaFacts book(String titleType) {
        SchemaFacts facts = new SchemaFacts();
        facts.put("table book", "comment", "books");
        facts.put("table book: column title", "type", titleType);
        facts.put("table book: column title", "nullable", "no");
        return facts;
    }
}
