package dev.migrator.it.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.it.oracle.Database;
import dev.migrator.it.oracle.MigrationApplier;
import dev.migrator.it.oracle.TestDatabases;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenario harness's own parts do what the suite relies on, and its checks can fail. */
class ScenarioHarnessSelfTest {

    private static final Table AUTHOR = Table.named("author")
            .column(Column.of("id", ColumnType.BIGINT).notNull())
            .column(Column.of("grade", ColumnType.SMALLINT).notNull())
            .column(Column.of("genre", ColumnType.varchar(20)))
            .primaryKey("id")
            .unique(new UniqueConstraint(null, List.of("genre")))
            .check(new CheckConstraint(null, "grade between 3 and 4"))
            .check(new CheckConstraint(null, "genre in ('POETRY','DRAMA')"));

    private static final Table BOOK = Table.named("book")
            .column(Column.of("id", ColumnType.BIGINT).notNull())
            .column(Column.of("author_id", ColumnType.BIGINT).notNull())
            .column(Column.of("parent_id", ColumnType.BIGINT))
            .column(Column.of("title", ColumnType.varchar(255)))
            .primaryKey("id")
            .foreignKey(new ForeignKey("fk_book_author", List.of("author_id"), "author", List.of("id"), null))
            .foreignKey(new ForeignKey("fk_book_parent", List.of("parent_id"), "book", List.of("id"), null));

    /** Tables given child first: the filler must still fill the referenced one first. */
    private static final Schema SCHEMA = new Schema(List.of(BOOK, AUTHOR), List.of());

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void fillsEveryTableWithinItsChecksUniquesAndForeignKeys(String kind) {
        Database database = TestDatabases.create(kind, "harness_fill");
        MigrationApplier.apply(database, SchemaDiffer.diff(Schema.EMPTY, SCHEMA));
        RowFiller.fill(database, SCHEMA);
        assertThat(RowData.read(database, "author", List.of("id", "grade", "genre")))
                .containsExactly("1 | 3 | DRAMA", "2 | 4 | POETRY");
        assertThat(RowData.read(database, "book", List.of("id", "author_id", "parent_id", "title")))
                .containsExactly("1 | 1 | null | 1", "2 | 2 | null | 2");
    }

    @Test
    void survivorsFollowRenamesAndLeaveOutDroppedAndRecreatedColumns() {
        Schema after = new Schema(List.of(AUTHOR.withName("writer"), BOOK.withoutColumn("parent_id")), List.of());
        Survivors survivors = Survivors.of(SCHEMA, after, List.of(
                "rename table author -> writer",
                "drop column book.parent_id",
                "drop column book.title",
                "add column book.title varchar(255) null"));
        assertThat(survivors.tables()).containsExactlyInAnyOrder(
                new Survivors.Kept("book", List.of("id", "author_id"), "book", List.of("id", "author_id")),
                new Survivors.Kept("author", List.of("id", "grade", "genre"), "writer", List.of("id", "grade", "genre")));
    }

    @Test
    void operationLinesShowChosenNamesButNotHibernateHashes() {
        assertThat(OperationLines.of(SchemaDiffer.diff(Schema.EMPTY, SCHEMA))).contains(
                "create table author(id, grade, genre) pk[id] unique[genre] check(genre in ('POETRY','DRAMA'))"
                        + " check(grade between 3 and 4)",
                "add foreign key fk_book_author on book[author_id] -> author[id]");
        assertThat(OperationLines.of(List.of(new dev.migrator.operation.AddForeignKey("book",
                new ForeignKey("FK5gbo4o7yxefxivwuqjichc67t", List.of("author_id"), "author", List.of("id"), null)))))
                .containsExactly("add foreign key book[author_id] -> author[id]");
    }
}
