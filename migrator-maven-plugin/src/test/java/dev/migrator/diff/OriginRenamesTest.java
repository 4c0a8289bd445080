package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Renames that source identity proves (D2), and the ones it must not guess. */
class OriginRenamesTest {

    private static Table book() {
        return table("book").origin("com.x.Book")
                .column(column("id", BIGINT).notNull().origin("id"))
                .column(column("title", varchar(255)).origin("title"))
                .primaryKey("id")
                .index(index("IDXbooktitle", "title"));
    }

    private static Table review() {
        return table("review").origin("com.x.Review")
                .column(column("id", BIGINT).notNull().origin("id"))
                .column(column("book_id", BIGINT).origin("book"))
                .primaryKey("id")
                .foreignKey(foreignKey("FKreviewbook", "book_id", "book", "id"));
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    @Test
    void aChangedColumnNameOfTheSameAttributeIsARenameFollowedByWhatElseChanged() {
        Schema before = schema(book());
        Schema after = schema(book().renameColumn("title", "headline")
                .alterColumn("headline", c -> c.withType(varchar(500)).notNull())
                .withIndexes(List.of(index("IDXbookheadline", "headline"))));

        Diff diff = SchemaDiffer.diff(before, after, Renames.NONE);

        assertThat(diff.operations()).containsExactly(
                new RenameColumn("book", "title", "headline"),
                new DropIndex("book", index("IDXbooktitle", "headline")),
                new AlterColumnType("book", "headline", varchar(255), varchar(500)),
                new AlterColumnNullability("book", "headline", false),
                new CreateIndex("book", index("IDXbookheadline", "headline")));
        assertThat(diff.renameCandidates()).isEmpty();
        assertThat(diff.renameOrigins()).containsExactly(
                Map.entry(new RenameColumn("book", "title", "headline"), "com.x.Book#title"));
        assertThat(origins(SchemaReplay.apply(before, diff.operations()))).isEqualTo(origins(after));
    }

    @Test
    void aChangedTableNameOfTheSameEntityIsARenameAndForeignKeysNamedAfterItAreRecreated() {
        Schema before = schema(book(), review());
        Table books = book().withName("books").renameColumn("title", "name");
        Table reviews = review().withForeignKeys(List.of(foreignKey("FKreviewbooks", "book_id", "books", "id")));
        Schema after = schema(books, reviews);

        Diff diff = SchemaDiffer.diff(before, after, Renames.NONE);

        assertThat(diff.operations()).startsWith(new RenameTable("book", "books"), new RenameColumn("books", "title", "name"))
                .contains(new DropForeignKey("review", foreignKey("FKreviewbook", "book_id", "books", "id")),
                        new AddForeignKey("review", foreignKey("FKreviewbooks", "book_id", "books", "id")))
                .noneMatch(op -> op instanceof DropTable || op instanceof CreateTable || op instanceof DropColumn
                        || op instanceof AddColumn);
        assertThat(diff.renameOrigins()).containsEntry(new RenameTable("book", "books"), "com.x.Book")
                .containsEntry(new RenameColumn("books", "title", "name"), "com.x.Book#title");
        assertThat(SchemaReplay.apply(before, diff.operations())).isEqualTo(after);
        assertThat(origins(SchemaReplay.apply(before, diff.operations()))).isEqualTo(origins(after));
    }

    @Test
    void aRenamedReferencedColumnNeedsNoForeignKeyChange() {
        Schema before = schema(book(), review());
        Schema after = schema(book().renameColumn("id", "book_id"),
                review().withForeignKeys(List.of(foreignKey("FKreviewbook", "book_id", "book", "book_id"))));

        assertThat(SchemaDiffer.diff(before, after)).containsExactly(new RenameColumn("book", "id", "book_id"));
    }

    @Test
    void unknownOrAmbiguousOriginsProveNothingAndStayCandidates() {
        Schema plain = schema(table("book").column(column("id", BIGINT).notNull()).column(column("title", varchar(255))));
        Schema renamed = schema(table("book").origin("com.x.Book").column(column("id", BIGINT).notNull())
                .column(column("headline", varchar(255)).origin("title")));
        // Migrations written before origins existed: the previous model knows no origin.
        Diff unknown = SchemaDiffer.diff(plain, renamed, Renames.NONE);
        assertThat(unknown.operations()).noneMatch(op -> op instanceof RenameColumn);
        assertThat(unknown.renameCandidates()).containsExactly(new RenameCandidate("book", "title", "headline"));

        // Two columns claim one attribute (a composite key's parts): no rename either.
        Schema twoClaims = schema(table("line").origin("com.x.Line")
                .column(column("a", BIGINT).origin("purchase")).column(column("b", BIGINT).origin("purchase")));
        Schema twoClaimsRenamed = schema(table("line").origin("com.x.Line")
                .column(column("a2", BIGINT).origin("purchase")).column(column("b2", BIGINT).origin("purchase")));
        assertThat(SchemaDiffer.diff(twoClaims, twoClaimsRenamed)).noneMatch(op -> op instanceof RenameColumn);

        // Two tables claim one entity: no table rename.
        Schema twoTables = schema(table("a").origin("com.x.A").column(column("id", BIGINT)),
                table("b").origin("com.x.A").column(column("id", BIGINT)));
        Schema twoTablesRenamed = schema(table("a2").origin("com.x.A").column(column("id", BIGINT)),
                table("b").origin("com.x.A").column(column("id", BIGINT)));
        assertThat(SchemaDiffer.diff(twoTables, twoTablesRenamed)).noneMatch(op -> op instanceof RenameTable);
    }

    @Test
    void anOriginOnlyChangeIsNoOperation() {
        Schema before = schema(book());
        Schema moved = schema(book().origin("com.y.Book"));
        assertThat(SchemaDiffer.diff(before, moved, Renames.NONE).operations()).isEmpty();
    }

    @Test
    void aColumnAddedToATableOfUnknownOriginNamesItsOriginInFull() {
        Schema legacy = schema(table("book").column(column("id", BIGINT).notNull().origin(null)));
        Schema after = schema(book());

        List<dev.migrator.operation.Operation> ops = SchemaDiffer.diff(legacy, after);

        assertThat(ops).contains(new AddColumn("book", column("title", varchar(255))));
        assertThat(ops.stream().filter(op -> op instanceof AddColumn).map(op -> ((AddColumn) op).column().origin()))
                .containsExactly("com.x.Book#title");
        Schema replayed = SchemaReplay.apply(legacy, ops);
        Table book = replayed.requireTable("book");
        assertThat(book.origin()).isNull();
        assertThat(book.originOf(book.requireColumn("title"))).isEqualTo("com.x.Book#title");
    }

    @Test
    void aNameThatMovesOnFreesItsOldNameForTheNextRenameButASwapIsNotRecognised() {
        Schema before = schema(table("t").origin("com.x.T")
                .column(column("a", BIGINT).origin("first")).column(column("b", BIGINT).origin("second")));
        Schema chain = schema(table("t").origin("com.x.T")
                .column(column("b", BIGINT).origin("first")).column(column("c", BIGINT).origin("second")));
        assertThat(SchemaDiffer.diff(before, chain)).containsExactly(
                new RenameColumn("t", "b", "c"), new RenameColumn("t", "a", "b"));

        Schema swap = schema(table("t").origin("com.x.T")
                .column(column("b", BIGINT).origin("first")).column(column("a", BIGINT).origin("second")));
        assertThat(SchemaDiffer.diff(before, swap)).isEmpty();
    }

    @Test
    void aDeclaredRenameComesFirstAndOriginsTakeWhatIsLeft() {
        Schema before = schema(book());
        Schema after = schema(book().withName("books").renameColumn("title", "headline"));

        Diff diff = SchemaDiffer.diff(before, after, Renames.parse("book=books"));

        assertThat(diff.operations()).containsExactly(
                new RenameTable("book", "books"), new RenameColumn("books", "title", "headline"));
        assertThat(diff.renameOrigins()).containsOnlyKeys(new RenameColumn("books", "title", "headline"));
    }

    private static Map<String, String> origins(Schema schema) {
        return RandomDiffTest.origins(schema);
    }
}
