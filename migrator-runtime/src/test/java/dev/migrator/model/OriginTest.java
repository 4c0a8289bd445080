package dev.migrator.model;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void originIsNotPartOfEquality() {
        Column plain = column("title", varchar(255));
        Column known = plain.origin("com.x.Book#title");
        assertThat(known).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(known.origin()).isEqualTo("com.x.Book#title");

        Table book = table("book").column(plain);
        Table knownBook = table("book").origin("com.x.Book").column(known);
        assertThat(knownBook).isEqualTo(book).hasSameHashCodeAs(book);
        assertThat(knownBook.origin()).isEqualTo("com.x.Book");
    }

    @Test
    void columnsOfTheTablesEntityKeepTheShortFormWhateverTheOrderOfCalls() {
        Table originFirst = table("book").origin("com.x.Book")
                .column(column("title", varchar(255)).origin("com.x.Book#title"))
                .column(column("street", varchar(255)).origin("com.x.Book#address.street"));
        Table originLast = table("book")
                .column(column("title", varchar(255)).origin("title"))
                .column(column("street", varchar(255)).origin("com.x.Book#address.street"))
                .origin("com.x.Book");

        for (Table book : new Table[] {originFirst, originLast}) {
            assertThat(book.columns()).extracting(Column::origin).containsExactly("title", "address.street");
            assertThat(book.columns()).extracting(book::originOf)
                    .containsExactly("com.x.Book#title", "com.x.Book#address.street");
        }
    }

    @Test
    void columnsOfAnotherEntityKeepTheirWholeOrigin() {
        // A single-table subclass adds its columns to the root's table.
        Table animal = table("Animal").origin("com.x.Animal")
                .column(column("barks", varchar(255)).origin("com.x.Dog#barks"));
        assertThat(animal.requireColumn("barks").origin()).isEqualTo("com.x.Dog#barks");
        assertThat(animal.originOf(animal.requireColumn("barks"))).isEqualTo("com.x.Dog#barks");
    }

    @Test
    void aShortOriginNeedsAnEntityTableToMeanAnything() {
        Table unknown = table("book").column(column("title", varchar(255)).origin("title"));
        Table joinTable = table("book_tags").origin("com.x.Book#tags").column(column("tags", varchar(255)).origin("tags"));
        assertThat(unknown.originOf(unknown.requireColumn("title"))).isNull();
        assertThat(joinTable.originOf(joinTable.requireColumn("tags"))).isNull();
    }

    @Test
    void anotherTableOriginKeepsWhatTheColumnsMeant() {
        Table moved = table("book").origin("com.old.Book")
                .column(column("title", varchar(255)).origin("title"))
                .origin("com.new.Book");
        assertThat(moved.originOf(moved.requireColumn("title"))).isEqualTo("com.old.Book#title");
    }

    @Test
    void originsSurviveEveryCopy() {
        Table book = table("book").origin("com.x.Book")
                .column(column("id", BIGINT).notNull().origin("id"))
                .column(column("title", varchar(255)).origin("title"))
                .primaryKey("id")
                .comment("books");
        Table changed = book.withName("books")
                .renameColumn("title", "headline")
                .alterColumn("headline", c -> c.withType(varchar(500)).notNull().defaultValue("'x'").comment("c"));
        assertThat(changed.origin()).isEqualTo("com.x.Book");
        assertThat(changed.originOf(changed.requireColumn("headline"))).isEqualTo("com.x.Book#title");
        assertThat(changed.originOf(changed.requireColumn("id"))).isEqualTo("com.x.Book#id");
    }
}
