package dev.migrator.replay;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReplayOriginTest {
    private static final Table BOOK = table("book").origin("com.x.Book")
            .column(column("id", BIGINT).notNull().origin("id"))
            .column(column("title", varchar(255)).origin("title"))
            .primaryKey("id");

    @Test
    void originsComeWithCreateTableAndAddColumnAndStayThroughRenames() {
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.of(
                new CreateTable(BOOK),
                new AddColumn("book", column("isbn", varchar(13)).origin("isbn")),
                new AddColumn("book", column("barks", varchar(13)).origin("com.x.Dog#barks")),
                new RenameTable("book", "books"),
                new RenameColumn("books", "title", "headline")));

        Table books = schema.requireTable("books");
        assertThat(books.origin()).isEqualTo("com.x.Book");
        assertThat(books.columns()).extracting(books::originOf).containsExactly(
                "com.x.Book#id", "com.x.Book#title", "com.x.Book#isbn", "com.x.Dog#barks");
        assertThat(books.requireColumn("headline").origin()).isEqualTo("title");
    }

    @Test
    void migrationsWithoutOriginsReplayAsBefore() {
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.<Operation>of(
                new CreateTable(table("book").column(column("id", BIGINT).notNull()).primaryKey("id")),
                new RenameTable("book", "books")));
        assertThat(schema.requireTable("books").origin()).isNull();
        assertThat(schema.requireTable("books").requireColumn("id").origin()).isNull();
    }

    @Test
    void checksFollowARenamedColumnAsTheyDoInTheDatabase() {
        Table shelf = table("shelf").column(column("id", BIGINT).notNull().check("id between 0 and 3"))
                .check(dev.migrator.Dsl.check(null, "DTYPE <> 'A' or (id is not null)"));
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateTable(shelf), new RenameColumn("shelf", "id", "key_no")));
        Table renamed = schema.requireTable("shelf");
        assertThat(renamed.requireColumn("key_no").check()).isEqualTo("key_no between 0 and 3");
        assertThat(renamed.checks()).extracting(c -> c.expression()).containsExactly("DTYPE <> 'A' or (key_no is not null)");
    }

    @Test
    void foreignKeysFollowARenamedReferencedColumn() {
        Table review = table("review").column(column("id", BIGINT).notNull()).column(column("book_id", BIGINT))
                .column(column("parent_id", BIGINT)).primaryKey("id");
        Schema schema = SchemaReplay.apply(Schema.EMPTY, List.of(
                new CreateTable(BOOK),
                new CreateTable(review),
                new AddForeignKey("review", foreignKey("FK1", "book_id", "book", "id")),
                new AddForeignKey("review", foreignKey("FK2", "parent_id", "review", "id")),
                new RenameColumn("book", "id", "book_id"),
                new RenameColumn("review", "id", "review_id")));

        assertThat(schema.requireTable("review").foreignKeys()).containsExactly(
                foreignKey("FK1", "book_id", "book", "book_id"),
                foreignKey("FK2", "parent_id", "review", "review_id"));
    }
}
