package dev.migrator.model;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.unique;
import static dev.migrator.Dsl.varchar;
import static dev.migrator.testing.Sql.run;
import static dev.migrator.testing.Sql.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetTableOptions;
import dev.migrator.replay.SchemaReplay;
import dev.migrator.runner.Checksums;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.testing.Databases;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * JPA 3.2 {@code options} of tables, indexes, unique constraints, foreign keys and sequences: part of
 * equality, of the snapshot and of checksums only when present, and written by both dialects where
 * Hibernate 7.1 appends them (after one space, at the very end of each statement).
 */
class ConstraintOptionsTest {
    private static final Table BOOK = table("book")
            .column(column("id", BIGINT).notNull())
            .column(column("isbn", varchar(13)))
            .column(column("title", varchar(100)))
            .column(column("author_id", BIGINT))
            .primaryKey("id")
            .unique(unique(null, "isbn").options("nocheck"))
            .unique(unique("UK_title", "title", "isbn").options("check"))
            .options("with fillfactor");

    @Test
    void optionsArePartOfEquality() {
        assertThat(BOOK).isNotEqualTo(BOOK.options(null)).isNotEqualTo(BOOK.options("x")).isEqualTo(BOOK.options("with fillfactor"));
        assertThat(index("IDX", "a").options("include (b)")).isNotEqualTo(index("IDX", "a"))
                .isEqualTo(index("IDX", "a").options("include (b)"));
        assertThat(unique("UK", "a").options("x")).isNotEqualTo(unique("UK", "a"));
        assertThat(foreignKey("FK", "a", "t", "id").options("on update cascade"))
                .isNotEqualTo(foreignKey("FK", "a", "t", "id"));
        assertThat(sequence("s", 1, 50).options("cache 10")).isNotEqualTo(sequence("s", 1, 50));
    }

    @Test
    void copiesKeepTheOptions() {
        assertThat(index("IDX", "a").options("o").withColumns(List.of("b")).options()).isEqualTo("o");
        assertThat(unique("UK", "a").options("o").withColumns(List.of("b")).options()).isEqualTo("o");
        ForeignKey fk = foreignKey("FK", "a", "t", "id").options("o");
        assertThat(List.of(fk.withColumns(List.of("b")), fk.withReferencedTable("u"), fk.withReferencedColumns(List.of("k")),
                fk.onDelete(ForeignKey.OnDelete.CASCADE))).extracting(ForeignKey::options).containsOnly("o");
        assertThat(List.of(BOOK.withName("books"), BOOK.comment("c"), BOOK.origin("x.Book"), BOOK.renameColumn("isbn", "code"),
                BOOK.index(index("IDX", "title")))).extracting(Table::options).containsOnly("with fillfactor");
    }

    @Test
    void snapshotKeepsThemAndOmitsThemWhenAbsent() throws Exception {
        Table withKeys = BOOK.index(index("IDX_title", "title").options("include (isbn)"))
                .foreignKey(foreignKey("FK_author", "author_id", "author", "id").options("on update cascade"));
        Schema schema = Schema.EMPTY.withTable(withKeys).withSequence(sequence("book_SEQ", 1, 50).options("cache 10"));
        String json = SnapshotCodec.toJson(new EntitySnapshot("t.Book", "standard", schema, Map.of()));
        assertThat(json).contains("\"options\": \"with fillfactor\"", "\"options\": \"nocheck\"",
                "\"options\": \"include (isbn)\"", "\"options\": \"on update cascade\"", "\"options\": \"cache 10\"");
        assertThat(SnapshotCodec.fromJson(json).schema()).isEqualTo(schema);
        Schema plain = Schema.EMPTY.withTable(table("t").column(column("id", BIGINT)).unique(unique("UK", "id"))
                .index(index("IDX", "id")).foreignKey(foreignKey("FK", "id", "u", "id"))).withSequence(sequence("s", 1, 1));
        assertThat(SnapshotCodec.toJson(new EntitySnapshot("t.T", "standard", plain, Map.of()))).doesNotContain("options");
    }

    @Test
    void checksumsSeeOptionsOnlyWhereTheyAreUsed() {
        List<Operation> with = List.of(new CreateTable(BOOK), new CreateIndex("book", index("IDX", "title").options("o")),
                new AddUniqueConstraint("book", unique("UK", "title").options("o")),
                new AddForeignKey("book", foreignKey("FK", "author_id", "author", "id").options("o")),
                new CreateSequence(sequence("s", 1, 50).options("o")));
        assertThat(Checksums.canonicalText(with).lines())
                .allSatisfy(line -> assertThat(line).containsPattern("options=\"(o|with fillfactor)\""));
        Table plain = BOOK.options(null).withUniqueConstraints(List.of(unique(null, "isbn")));
        assertThat(Checksums.canonicalText(List.of(new CreateTable(plain), new CreateIndex("book", index("IDX", "title")))))
                .doesNotContain("options");
    }

    @Test
    void replayRecordsTableOptionsAndTheirReverse() {
        SetTableOptions change = new SetTableOptions("book", "with fillfactor", "with (fillfactor=70)");
        Schema created = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateTable(BOOK)));
        Schema changed = SchemaReplay.apply(created, List.of(change));
        assertThat(changed.table("book").orElseThrow().options()).isEqualTo("with (fillfactor=70)");
        assertThat(SchemaReplay.apply(changed, List.of(change.reverse()))).isEqualTo(created);
        assertThat(Dialect.named("h2").sql(change)).isEmpty();
        assertThat(Dialect.named("postgresql").sql(change)).isEmpty();
    }

    @Test
    void dialectsAppendTheOptionsWhereHibernateDoes() {
        for (String name : List.of("h2", "postgresql")) {
            Dialect dialect = Dialect.named(name);
            assertThat(dialect.sql(new CreateTable(BOOK))).as(name).containsExactly("create table book (id bigint not null,"
                    + " isbn varchar(13), title varchar(100), author_id bigint, primary key (id), unique (isbn) nocheck,"
                    + " constraint UK_title unique (title, isbn) check) with fillfactor");
            assertThat(dialect.sql(new CreateIndex("book", index("IDX_title", "title desc").options("include (isbn)"))))
                    .containsExactly("create index IDX_title on book (title desc) include (isbn)");
            assertThat(dialect.sql(new AddUniqueConstraint("book", unique("UK_isbn", "isbn").options("deferrable"))))
                    .containsExactly("alter table book add constraint UK_isbn unique (isbn) deferrable");
            assertThat(dialect.sql(new AddForeignKey("book", foreignKey("FK_author", "author_id", "author", "id")
                    .onDelete(ForeignKey.OnDelete.CASCADE).options("on update cascade"))))
                    .containsExactly("alter table book add constraint FK_author foreign key (author_id) references author (id)"
                            + " on delete cascade on update cascade");
            assertThat(dialect.sql(new CreateSequence(sequence("book_SEQ", 1, 50).options("cache 10"))))
                    .containsExactly("create sequence book_SEQ start with 1 increment by 50 cache 10");
        }
    }

    @Test
    void h2AppliesTheOptions() throws Exception {
        apply(Databases.freshH2(), "h2", "nocheck", "with fillfactor");
    }

    @Test
    void postgresAppliesTheOptions() throws Exception {
        apply(Databases.freshPostgres(), "postgresql", "deferrable", "with (fillfactor=70)");
    }

    /** The options that both databases accept, plus the table and unique options only one of them knows. */
    private static void apply(DataSource db, String name, String uniqueOptions, String tableOptions) throws Exception {
        Dialect dialect = Dialect.named(name);
        Table author = table("author").column(column("id", BIGINT).notNull()).primaryKey("id");
        Table book = BOOK.withUniqueConstraints(List.of(unique(null, "title", "isbn").options(uniqueOptions)))
                .options(tableOptions);
        for (Operation op : List.of(new CreateSequence(sequence("book_SEQ", 1, 50).options("minvalue 1 maxvalue 999999 cache 10")),
                new CreateTable(author), new CreateTable(book),
                new AddForeignKey("book", foreignKey("FK_author", "author_id", "author", "id").options("on update cascade")))) {
            run(db, dialect.sql(op));
        }
        assertThat(strings(db, "select maximum_value from information_schema.sequences where lower(sequence_name) = 'book_seq'"))
                .containsExactly("999999");
        assertThat(strings(db, "select update_rule from information_schema.referential_constraints")).containsExactly("CASCADE");
    }
}
