package dev.migrator.it.scenario;

import dev.migrator.it.oracle.TestDatabases;
import java.util.List;

/**
 * The autogenerate scenarios, modelled on Alembic's {@code test_autogen_diffs},
 * {@code test_autogen_indexes}, {@code test_autogen_fks} and {@code test_autogen_composition} and
 * on Django's {@code test_autodetector}: one entity change each, with the operations {@code make}
 * must generate for it written out by hand (see {@link OperationLines} for the line format).
 *
 * <p>Entities use assigned ids unless the scenario is about generation, so that no sequence
 * appears where the change is not about sequences. Standard naming: tables and columns are named
 * as written ({@code Book}, {@code author_id}).
 */
public final class ScenarioCatalogue {
    private ScenarioCatalogue() {}

    private static final String AUTHOR = """
            @Entity
            public class Author {
                @Id Long id;
                String name;
            }
            """;

    private static final String BOOK = """
            @Entity
            public class Book {
                @Id Long id;
                String title;
            }
            """;

    /** {@code @Entity public class Book { @Id Long id; String title; <extra> }}. */
    private static String book(String extra) {
        return "@Entity\npublic class Book {\n    @Id Long id;\n    String title;\n    " + extra + "\n}\n";
    }

    /** A {@code Book} with the given class annotations besides {@code @Entity}. */
    private static String annotatedBook(String annotations, String extra) {
        return "@Entity\n" + annotations + "\npublic class Book {\n    @Id Long id;\n    String title;\n    " + extra
                + "\n}\n";
    }

    // ---- tables ------------------------------------------------------------------------------

    static final Scenario ADD_TABLE = Scenario.named("add_table")
            .both(AUTHOR)
            .after(BOOK)
            .expect("create table Book(id, title) pk[id]")
            .build();

    static final Scenario DROP_TABLE = Scenario.named("drop_table")
            .both(AUTHOR)
            .before(BOOK)
            .expect("drop table Book")
            .risk("drops table Book")
            .build();

    static final Scenario RENAME_TABLE_BY_ANNOTATION = Scenario.named("rename_table_by_annotation")
            .before(annotatedBook("@Table(name = \"book\")", ""))
            .after(annotatedBook("@Table(name = \"volume\")", ""))
            .expect("rename table book -> volume")
            .build();

    static final Scenario RENAME_ENTITY_CLASS_WITH_RENAMES = Scenario.named("rename_entity_class_with_renames")
            .before(BOOK)
            .after("""
                    @Entity
                    public class Volume {
                        @Id Long id;
                        String title;
                    }
                    """)
            .renames("Book=Volume")
            .expect("rename table Book -> Volume")
            .build();

    static final Scenario RENAME_KEYWORD_TABLE = Scenario.named("rename_keyword_table")
            .before("""
                    @Entity
                    @Table(name = "purchase")
                    public class Purchase {
                        @Id Long id;
                        Integer total;
                    }
                    """)
            .after("""
                    @Entity
                    @Table(name = "order")
                    public class Purchase {
                        @Id Long id;
                        Integer total;
                    }
                    """)
            .renames("purchase=order")
            .expect("rename table purchase -> order")
            .build();

    static final Scenario TABLE_COMMENT = Scenario.named("table_comment")
            .before(BOOK)
            .after(annotatedBook("@Table(comment = \"Books on the shelf\")", ""))
            .expect("comment on table Book: null -> Books on the shelf")
            .build();

    // ---- columns -----------------------------------------------------------------------------

    static final Scenario ADD_NULLABLE_COLUMN = Scenario.named("add_nullable_column")
            .before(BOOK)
            .after(book("String isbn;"))
            .expect("add column Book.isbn varchar(255) null")
            .build();

    static final Scenario ADD_NOT_NULL_COLUMN_WITH_DEFAULT = Scenario.named("add_not_null_column_with_default")
            .before(BOOK)
            .after(book("@Column(nullable = false) @org.hibernate.annotations.ColumnDefault(\"0\") int pages;"))
            .expect("add column Book.pages integer not null default 0")
            .build();

    static final Scenario ADD_NOT_NULL_COLUMN_WITHOUT_DEFAULT = Scenario.named("add_not_null_column_without_default")
            .before(BOOK)
            .after(book("@Column(nullable = false) String code;"))
            .defaults("Book.code='none'")
            // Django's one-off default: added nullable, the rows filled, then NOT NULL; no default stays.
            .expect("add column Book.code varchar(255) null", "fill NULL rows of Book.code with 'none', not null")
            .risk("sets Book.code to 'none' in every row holding NULL")
            .build();

    static final Scenario DROP_COLUMN = Scenario.named("drop_column")
            .before(book("String notes;"))
            .after(BOOK)
            .expect("drop column Book.notes")
            .risk("drops column Book.notes")
            .build();

    static final Scenario DROP_NOT_NULL_COLUMN = Scenario.named("drop_not_null_column")
            .before(book("@Column(nullable = false) String code;"))
            .after(BOOK)
            // The downgrade re-adds the column to the rows that remain: it takes a one-off value, as an add does.
            .defaults("Book.code='gone'")
            .expect("drop column Book.code")
            .risk("drops column Book.code")
            .build();

    static final Scenario DROP_NOT_NULL_COLUMN_WITHOUT_VALUE = Scenario.named("drop_not_null_column_without_value")
            .before(book("@Column(nullable = false) String code;"))
            .after(BOOK)
            .expect("drop column Book.code")
            .risk("drops column Book.code")
            .knownFailureOnBoth("the downgrade of migration 2 fails on a database with rows",
                    "no value given for the downgrade of a dropped NOT NULL column (make asks for one, or warns"
                            + " that the downgrade fails on rows): the downgrade re-adds it bare")
            .build();

    static final Scenario RENAME_COLUMN_BY_ANNOTATION = Scenario.named("rename_column_by_annotation")
            .before(book("@Column(name = \"summary\") String summary;"))
            .after(book("@Column(name = \"abstract_text\") String summary;"))
            .expect("rename column Book.summary -> abstract_text")
            .build();

    static final Scenario RENAME_FIELD_WITH_RENAMES = Scenario.named("rename_field_with_renames")
            .before(book("String summary;"))
            .after(book("String synopsis;"))
            .renames("Book.summary=synopsis")
            .expect("rename column Book.summary -> synopsis")
            .build();

    static final Scenario RENAME_FIELD_WITHOUT_RENAMES = Scenario.named("rename_field_without_renames")
            .before(book("String summary;"))
            .after(book("String synopsis;"))
            .expect("drop column Book.summary", "add column Book.synopsis varchar(255) null")
            .candidates("Book.summary=synopsis")
            .risk("drops column Book.summary")
            .build();

    static final Scenario INT_TO_BIGINT = Scenario.named("int_to_bigint")
            .before(book("int copies;"))
            .after(book("long copies;"))
            .expect("alter column Book.copies type integer -> bigint")
            .build();

    static final Scenario INTEGER_TO_VARCHAR = Scenario.named("integer_to_varchar")
            .before(book("Integer shelf;"))
            .after(book("String shelf;"))
            .expect("alter column Book.shelf type integer -> varchar(255)")
            .risk("changes the type of Book.shelf")
            .build();

    static final Scenario VARCHAR_TO_INTEGER = Scenario.named("varchar_to_integer")
            .before(book("String shelf;"))
            .after(book("Integer shelf;"))
            .expect("alter column Book.shelf type varchar(255) -> integer")
            .risk("DESTRUCTIVE: changes the type family of Book.shelf")
            .build();

    static final Scenario TIMESTAMP_PRECISION = Scenario.named("timestamp_precision")
            .before(book("LocalDateTime printedAt;"))
            .after(book("@Column(secondPrecision = 3) LocalDateTime printedAt;"))
            .expect("alter column Book.printedAt type timestamp(6) -> timestamp(3)")
            .risk("narrows Book.printedAt")
            .build();

    static final Scenario VARCHAR_WIDEN = Scenario.named("varchar_widen")
            .before(book("@Column(length = 50) String isbn;"))
            .after(book("@Column(length = 200) String isbn;"))
            .expect("alter column Book.isbn type varchar(50) -> varchar(200)")
            .build();

    static final Scenario VARCHAR_NARROW = Scenario.named("varchar_narrow")
            .before(book("String isbn;"))
            .after(book("@Column(length = 20) String isbn;"))
            .expect("alter column Book.isbn type varchar(255) -> varchar(20)")
            .risk("narrows Book.isbn")
            .build();

    static final Scenario PRECISION_SCALE = Scenario.named("precision_scale")
            .before(book("@Column(precision = 10, scale = 2) BigDecimal price;"))
            .after(book("@Column(precision = 12, scale = 4) BigDecimal price;"))
            .expect("alter column Book.price type numeric(10,2) -> numeric(12,4)")
            .build();

    static final Scenario NULLABLE_TO_NOT_NULL = Scenario.named("nullable_to_not_null")
            .before(book("String isbn;"))
            .after(book("@Column(nullable = false) String isbn;"))
            .expect("alter column Book.isbn not null")
            .build();

    static final Scenario NULLABLE_TO_NOT_NULL_WITH_NULL_ROWS = Scenario.named("nullable_to_not_null_with_null_rows")
            .before(book("String isbn;"))
            .after(book("@Column(nullable = false) String isbn;"))
            .nullRows()
            .defaults("Book.isbn='unknown'")
            .expect("fill NULL rows of Book.isbn with 'unknown', not null")
            .risk("sets Book.isbn to 'unknown' in every row holding NULL")
            .build();

    static final Scenario NOT_NULL_TO_NULLABLE = Scenario.named("not_null_to_nullable")
            .before(book("@Column(nullable = false) String isbn;"))
            .after(book("String isbn;"))
            .expect("alter column Book.isbn null")
            .build();

    static final Scenario DEFAULT_ADD = Scenario.named("default_add")
            .before(book("Integer stock;"))
            .after(book("@org.hibernate.annotations.ColumnDefault(\"0\") Integer stock;"))
            .expect("alter column Book.stock default null -> 0")
            .build();

    static final Scenario DEFAULT_CHANGE = Scenario.named("default_change")
            .before(book("@org.hibernate.annotations.ColumnDefault(\"0\") Integer stock;"))
            .after(book("@org.hibernate.annotations.ColumnDefault(\"5\") Integer stock;"))
            .expect("alter column Book.stock default 0 -> 5")
            .build();

    static final Scenario DEFAULT_DROP = Scenario.named("default_drop")
            .before(book("@org.hibernate.annotations.ColumnDefault(\"'draft'\") String state;"))
            .after(book("String state;"))
            .expect("alter column Book.state default 'draft' -> null")
            .build();

    static final Scenario COLUMN_COMMENT_ADD = Scenario.named("column_comment_add")
            .before(book("String isbn;"))
            .after(book("@Column(comment = \"International Standard Book Number\") String isbn;"))
            .expect("alter column Book.isbn comment null -> International Standard Book Number")
            .build();

    static final Scenario COLUMN_COMMENT_CHANGE = Scenario.named("column_comment_change")
            .before(book("@org.hibernate.annotations.Comment(\"the ISBN\") String isbn;"))
            .after(book("@org.hibernate.annotations.Comment(\"the ISBN-13 of the book\") String isbn;"))
            .expect("alter column Book.isbn comment the ISBN -> the ISBN-13 of the book")
            .build();

    static final Scenario VERSION_ADDED = Scenario.named("version_added")
            .before(BOOK)
            .after(book("@Version Integer version;"))
            .expect("add column Book.version integer null")
            .build();

    static final Scenario LOB_ADDED = Scenario.named("lob_added")
            .before(BOOK)
            .after(book("@Lob String content;"))
            .expect("add column Book.content clob null")
            .build();

    // ---- keys, uniques, indexes, checks ------------------------------------------------------

    static final Scenario PRIMARY_KEY_SINGLE_TO_COMPOSITE = Scenario.named("primary_key_single_to_composite")
            .before("""
                    @Entity
                    public class Edition {
                        @Id Long book;
                        @Column(nullable = false) Integer number;
                        String format;
                    }
                    """)
            .after("""
                    @Entity
                    @IdClass(EditionId.class)
                    public class Edition {
                        @Id Long book;
                        @Id Integer number;
                        String format;
                    }
                    """, """
                    public class EditionId implements java.io.Serializable {
                        Long book;
                        Integer number;
                        @Override public boolean equals(Object o) {
                            return o instanceof EditionId e && Objects.equals(book, e.book) && Objects.equals(number, e.number);
                        }
                        @Override public int hashCode() { return Objects.hash(book, number); }
                    }
                    """)
            .expect("drop primary key Edition[book]", "add primary key Edition[number, book]")
            .build();

    static final Scenario UNIQUE_ADD = Scenario.named("unique_add")
            .before(book("String isbn;"))
            .after(book("@Column(unique = true) String isbn;"))
            .expect("add unique Book[isbn]")
            .build();

    static final Scenario UNIQUE_DROP = Scenario.named("unique_drop")
            .before(book("@Column(unique = true) String isbn;"))
            .after(book("String isbn;"))
            .expect("drop unique Book[isbn]")
            .build();

    static final Scenario UNIQUE_CHANGE_COLUMNS = Scenario.named("unique_change_columns")
            .before(annotatedBook("@Table(uniqueConstraints = @UniqueConstraint(name = \"uk_book_title\", columnNames = \"title\"))",
                    "Integer edition;"))
            .after(annotatedBook("@Table(uniqueConstraints = @UniqueConstraint(name = \"uk_book_title\", columnNames = {\"title\", \"edition\"}))",
                    "Integer edition;"))
            .expect("drop unique uk_book_title on Book[title]", "add unique uk_book_title on Book[title, edition]")
            .build();

    static final Scenario INDEX_ADD = Scenario.named("index_add")
            .before(BOOK)
            .after(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title\"))", ""))
            .expect("create index idx_book_title on Book[title]")
            .build();

    static final Scenario INDEX_DROP = Scenario.named("index_drop")
            .before(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title\"))", ""))
            .after(BOOK)
            .expect("drop index idx_book_title on Book[title]")
            .build();

    static final Scenario INDEX_CHANGE_COLUMNS = Scenario.named("index_change_columns")
            .before(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title\"))",
                    "Integer edition;"))
            .after(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title, edition desc\"))",
                    "Integer edition;"))
            .expect("drop index idx_book_title on Book[title]", "create index idx_book_title on Book[title, edition desc]")
            .build();

    static final Scenario INDEX_CHANGE_UNIQUENESS = Scenario.named("index_change_uniqueness")
            .before(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title\"))", ""))
            .after(annotatedBook("@Table(indexes = @Index(name = \"idx_book_title\", columnList = \"title\", unique = true))", ""))
            .expect("drop index idx_book_title on Book[title]", "add unique idx_book_title on Book[title]")
            .build();

    static final Scenario CHECK_ADD = Scenario.named("check_add")
            .before(book("Integer pages;"))
            .after(annotatedBook("@Table(check = @CheckConstraint(name = \"ck_book_pages\", constraint = \"pages > 0\"))",
                    "Integer pages;"))
            .expect("add check Book: pages > 0")
            .build();

    static final Scenario CHECK_CHANGE = Scenario.named("check_change")
            .before(annotatedBook("@Table(check = @CheckConstraint(name = \"ck_book_pages\", constraint = \"pages > 0\"))",
                    "Integer pages;"))
            .after(annotatedBook("@Table(check = @CheckConstraint(name = \"ck_book_pages\", constraint = \"pages between 1 and 5000\"))",
                    "Integer pages;"))
            .expect("drop check Book: pages > 0", "add check Book: pages between 1 and 5000")
            .build();

    static final Scenario ENUM_VALUE_ADDED = Scenario.named("enum_value_added")
            .before(book("@Enumerated(EnumType.STRING) Genre genre;"), "public enum Genre { POETRY, FICTION }")
            .after(book("@Enumerated(EnumType.STRING) Genre genre;"), "public enum Genre { POETRY, FICTION, DRAMA }")
            .expect("alter column Book.genre type enum(POETRY,FICTION) -> enum(POETRY,FICTION,DRAMA)")
            .build();

    static final Scenario ORDINAL_ENUM_RANGE = Scenario.named("ordinal_enum_range")
            .before(book("Genre genre;"), "public enum Genre { POETRY, FICTION }")
            .after(book("Genre genre;"), "public enum Genre { POETRY, FICTION, DRAMA }")
            .expect("alter column Book.genre check genre between 0 and 1 -> genre between 0 and 2")
            .build();

    // ---- foreign keys ------------------------------------------------------------------------

    static final Scenario FK_ADD = Scenario.named("fk_add")
            .both(AUTHOR)
            .before(BOOK)
            .after(book("@ManyToOne Author author;"))
            .expect("add column Book.author_id bigint null", "add foreign key Book[author_id] -> Author[id]")
            .build();

    static final Scenario FK_DROP = Scenario.named("fk_drop")
            .both(AUTHOR)
            .before(book("@ManyToOne Author author;"))
            .after(BOOK)
            .expect("drop foreign key Book[author_id] -> Author[id]", "drop column Book.author_id")
            .risk("drops column Book.author_id")
            .build();

    static final Scenario FK_CHANGE_TARGET = Scenario.named("fk_change_target")
            .both(AUTHOR, """
                    @Entity
                    public class Editor {
                        @Id Long id;
                        String name;
                    }
                    """)
            .before(book("@ManyToOne @JoinColumn(name = \"person_id\") Author person;"))
            .after(book("@ManyToOne @JoinColumn(name = \"person_id\") Editor person;"))
            .expect("drop foreign key Book[person_id] -> Author[id]", "add foreign key Book[person_id] -> Editor[id]")
            .build();

    static final Scenario FK_ON_DELETE = Scenario.named("fk_on_delete")
            .both(AUTHOR)
            .before(book("@ManyToOne Author author;"))
            .after(book("@ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) Author author;"))
            .expect("drop foreign key Book[author_id] -> Author[id]",
                    "add foreign key Book[author_id] -> Author[id] on delete CASCADE")
            .build();

    static final Scenario FK_TO_NEW_TABLE = Scenario.named("fk_to_new_table")
            .before(BOOK)
            .after(AUTHOR, book("@ManyToOne Author author;"))
            .expect("create table Author(id, name) pk[id]", "add column Book.author_id bigint null",
                    "add foreign key Book[author_id] -> Author[id]")
            .build();

    static final Scenario SELF_REFERENCING_FK = Scenario.named("self_referencing_fk")
            .before("""
                    @Entity
                    public class Category {
                        @Id Long id;
                        String name;
                    }
                    """)
            .after("""
                    @Entity
                    public class Category {
                        @Id Long id;
                        String name;
                        @ManyToOne Category parent;
                    }
                    """)
            .expect("add column Category.parent_id bigint null", "add foreign key Category[parent_id] -> Category[id]")
            .build();

    static final Scenario CYCLE_BETWEEN_NEW_TABLES = Scenario.named("cycle_between_new_tables")
            .before(BOOK)
            .after(BOOK, """
                    @Entity
                    public class Player {
                        @Id Long id;
                        @ManyToOne Team team;
                    }
                    """, """
                    @Entity
                    public class Team {
                        @Id Long id;
                        @OneToOne Player captain;
                    }
                    """)
            .expect("create table Player(id, team_id) pk[id]", "create table Team(id, captain_id) pk[id] unique[captain_id]",
                    "add foreign key Player[team_id] -> Team[id]", "add foreign key Team[captain_id] -> Player[id]")
            .build();

    static final Scenario MANY_TO_MANY_ADD = Scenario.named("many_to_many_add")
            .both("""
                    @Entity
                    public class Tag {
                        @Id Long id;
                        String label;
                    }
                    """)
            .before(BOOK)
            .after(book("@ManyToMany Set<Tag> tags;"))
            .expect("create table Book_Tag(Book_id, tags_id) pk[Book_id, tags_id]",
                    "add foreign key Book_Tag[tags_id] -> Tag[id]", "add foreign key Book_Tag[Book_id] -> Book[id]")
            .build();

    static final Scenario MANY_TO_MANY_DROP = Scenario.named("many_to_many_drop")
            .both("""
                    @Entity
                    public class Tag {
                        @Id Long id;
                        String label;
                    }
                    """)
            .before(book("@ManyToMany Set<Tag> tags;"))
            .after(BOOK)
            .expect("drop foreign key Book_Tag[tags_id] -> Tag[id]", "drop foreign key Book_Tag[Book_id] -> Book[id]",
                    "drop table Book_Tag")
            .risk("drops table Book_Tag")
            .build();

    static final Scenario ELEMENT_COLLECTION_ADD = Scenario.named("element_collection_add")
            .before(BOOK)
            .after(book("@ElementCollection Set<String> keywords;"))
            .expect("create table Book_keywords(Book_id, keywords)", "add foreign key Book_keywords[Book_id] -> Book[id]")
            .build();

    static final Scenario FK_MADE_NOT_NULL = Scenario.named("fk_made_not_null")
            .both(AUTHOR)
            .before(book("@ManyToOne Author author;"))
            .after(book("@ManyToOne(optional = false) Author author;"))
            .expect("alter column Book.author_id not null")
            .build();

    static final Scenario ONE_TO_ONE_ADD = Scenario.named("one_to_one_add")
            .both("""
                    @Entity
                    public class Cover {
                        @Id Long id;
                        String artist;
                    }
                    """)
            .before(BOOK)
            .after(book("@OneToOne Cover cover;"))
            .expect("add column Book.cover_id bigint null", "add unique Book[cover_id]",
                    "add foreign key Book[cover_id] -> Cover[id]")
            .build();

    static final Scenario DROP_REFERENCED_TABLE = Scenario.named("drop_referenced_table")
            .before(AUTHOR, book("@ManyToOne Author author;"))
            .after(BOOK)
            .expect("drop foreign key Book[author_id] -> Author[id]", "drop table Author", "drop column Book.author_id")
            .risk("drops table Author")
            .build();

    static final Scenario ADD_TABLE_WITH_CONSTRAINTS = Scenario.named("add_table_with_constraints")
            .both(AUTHOR)
            .after("""
                    @Entity
                    @Table(indexes = @Index(name = "idx_review_rating", columnList = "rating"),
                            uniqueConstraints = @UniqueConstraint(name = "uk_review_author_title", columnNames = {"author_id", "title"}))
                    public class Review {
                        @Id Long id;
                        @Column(nullable = false, length = 100) String title;
                        @Column(precision = 3, scale = 1) BigDecimal rating;
                        @ManyToOne(optional = false) Author author;
                    }
                    """)
            .expect("create table Review(id, title, rating, author_id) pk[id] unique[author_id, title]",
                    "create index idx_review_rating on Review[rating]",
                    "add foreign key Review[author_id] -> Author[id]")
            .build();

    // ---- sequences and id generation ---------------------------------------------------------

    private static String sequenced(int allocationSize) {
        return sequenced(1, allocationSize);
    }

    private static String sequenced(int initialValue, int allocationSize) {
        return "@Entity\npublic class Book {\n"
                + "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"book_seq\")\n"
                + "    @SequenceGenerator(name = \"book_seq\", sequenceName = \"book_seq\", initialValue = " + initialValue
                + ", allocationSize = " + allocationSize + ")\n    Long id;\n    String title;\n}\n";
    }

    static final Scenario SEQUENCE_ADDED = Scenario.named("sequence_added")
            .before(BOOK)
            .after(sequenced(10))
            .expect("create sequence book_seq(start 1, increment 10)")
            .build();

    static final Scenario SEQUENCE_INCREMENT_CHANGED = Scenario.named("sequence_increment_changed")
            .before(sequenced(10))
            .after(sequenced(20))
            .expect("alter sequence book_seq(start 1, increment 10) -> book_seq(start 1, increment 20)")
            .build();

    static final Scenario SEQUENCE_START_CHANGED = Scenario.named("sequence_start_changed")
            .before(sequenced(1, 10))
            .after(sequenced(1000, 10))
            .expect("alter sequence book_seq(start 1, increment 10) -> book_seq(start 1000, increment 10)")
            .build();

    static final Scenario SEQUENCE_DROPPED = Scenario.named("sequence_dropped")
            .before(sequenced(10))
            .after(BOOK)
            .expect("drop sequence book_seq(start 1, increment 10)")
            .build();

    static final Scenario IDENTITY_TO_SEQUENCE = Scenario.named("identity_to_sequence")
            .before("""
                    @Entity
                    public class Book {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        String title;
                    }
                    """)
            .after(sequenced(50))
            // In place: the ids stay (a drop and re-add would lose them, and every reference to them).
            .expect("create sequence book_seq(start 1, increment 50)", "alter column Book.id drop identity")
            .risk("Book.id is no longer generated by the database")
            .build();

    static final Scenario SEQUENCE_TO_IDENTITY = Scenario.named("sequence_to_identity")
            .before(sequenced(50))
            .after("""
                    @Entity
                    public class Book {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        String title;
                    }
                    """)
            // The identity restarts above the ids the rows hold; the sequence is no longer used.
            .expect("drop sequence book_seq(start 1, increment 50)", "alter column Book.id add identity")
            .build();

    // ---- inheritance and embeddables ---------------------------------------------------------

    static final Scenario SINGLE_TABLE_SUBCLASS_COLUMN = Scenario.named("single_table_subclass_column")
            .both("""
                    @Entity
                    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                    public class Animal {
                        @Id Long id;
                        String name;
                    }
                    """)
            .before("""
                    @Entity
                    public class Dog extends Animal {
                        String breed;
                    }
                    """)
            .after("""
                    @Entity
                    public class Dog extends Animal {
                        String breed;
                        Integer age;
                    }
                    """)
            .expect("add column Animal.age integer null")
            .build();

    static final Scenario JOINED_NEW_SUBCLASS = Scenario.named("joined_new_subclass")
            .both("""
                    @Entity
                    @Inheritance(strategy = InheritanceType.JOINED)
                    public class Vehicle {
                        @Id Long id;
                        String maker;
                    }
                    """, """
                    @Entity
                    public class Car extends Vehicle {
                        Integer seats;
                    }
                    """)
            .after("""
                    @Entity
                    public class Truck extends Vehicle {
                        Integer payload;
                    }
                    """)
            .expect("create table Truck(id, payload) pk[id]", "add foreign key Truck[id] -> Vehicle[id]")
            .build();

    static final Scenario EMBEDDABLE_NEW_FIELD = Scenario.named("embeddable_new_field")
            .before("""
                    @Entity
                    public class Customer {
                        @Id Long id;
                        Address address;
                    }
                    """, """
                    @Embeddable
                    public class Address {
                        String street;
                    }
                    """)
            .after("""
                    @Entity
                    public class Customer {
                        @Id Long id;
                        Address address;
                    }
                    """, """
                    @Embeddable
                    public class Address {
                        String street;
                        String city;
                    }
                    """)
            .expect("add column Customer.city varchar(255) null")
            .build();

    // ---- naming and API flavours -------------------------------------------------------------

    static final Scenario SNAKE_CASE_ADD_COLUMN = Scenario.named("snake_case_add_column")
            .snakeCase()
            .before("""
                    @Entity
                    public class CustomerAccount {
                        @Id Long id;
                        String displayName;
                    }
                    """)
            .after("""
                    @Entity
                    public class CustomerAccount {
                        @Id Long id;
                        String displayName;
                        LocalDate openedOn;
                    }
                    """)
            .expect("add column customer_account.opened_on date null")
            .build();

    static final Scenario JAVAX_ADD_COLUMN = Scenario.named("javax_add_column")
            .javax()
            .before(BOOK)
            .after(book("@Column(length = 13) String isbn;"))
            .expect("add column Book.isbn varchar(13) null")
            .build();

    // ---- schemas (decision D4) --------------------------------------------------------------

    static final Scenario ADD_TABLE_IN_SCHEMA = Scenario.named("add_table_in_schema")
            .before(AUTHOR)
            .after(AUTHOR, """
                    @Entity
                    @Table(schema = "library")
                    public class Book {
                        @Id Long id;
                        String title;
                        @ManyToOne Author author;
                    }
                    """)
            .expect("create schema library", "create table library.Book(id, title, author_id) pk[id]",
                    "add foreign key library.Book[author_id] -> Author[id]")
            .build();

    static final Scenario MOVE_TABLE_INTO_SCHEMA = Scenario.named("move_table_into_schema")
            .before(AUTHOR, book("@ManyToOne Author author;"))
            .after(AUTHOR, annotatedBook("@Table(schema = \"library\")", "@ManyToOne Author author;"))
            .expect("create schema library", "rename table Book -> library.Book")
            .risk("moves table Book to another schema")
            .knownFailure(TestDatabases.H2, "H2 cannot move table Book to schema library",
                    "H2 2.3 has no alter table ... set schema; the dialect refuses instead of copying rows")
            .build();

    public static final List<Scenario> ALL = List.of(
            ADD_TABLE, DROP_TABLE, RENAME_TABLE_BY_ANNOTATION, RENAME_ENTITY_CLASS_WITH_RENAMES, RENAME_KEYWORD_TABLE,
            TABLE_COMMENT,
            ADD_NULLABLE_COLUMN, ADD_NOT_NULL_COLUMN_WITH_DEFAULT, ADD_NOT_NULL_COLUMN_WITHOUT_DEFAULT, DROP_COLUMN,
            DROP_NOT_NULL_COLUMN, DROP_NOT_NULL_COLUMN_WITHOUT_VALUE, RENAME_COLUMN_BY_ANNOTATION, RENAME_FIELD_WITH_RENAMES, RENAME_FIELD_WITHOUT_RENAMES,
            INT_TO_BIGINT, INTEGER_TO_VARCHAR, VARCHAR_TO_INTEGER, TIMESTAMP_PRECISION, VARCHAR_WIDEN, VARCHAR_NARROW, PRECISION_SCALE, NULLABLE_TO_NOT_NULL,
            NULLABLE_TO_NOT_NULL_WITH_NULL_ROWS, NOT_NULL_TO_NULLABLE,
            DEFAULT_ADD, DEFAULT_CHANGE, DEFAULT_DROP, COLUMN_COMMENT_ADD, COLUMN_COMMENT_CHANGE, VERSION_ADDED,
            LOB_ADDED,
            PRIMARY_KEY_SINGLE_TO_COMPOSITE, UNIQUE_ADD, UNIQUE_DROP, UNIQUE_CHANGE_COLUMNS, INDEX_ADD, INDEX_DROP,
            INDEX_CHANGE_COLUMNS, INDEX_CHANGE_UNIQUENESS, CHECK_ADD, CHECK_CHANGE, ENUM_VALUE_ADDED,
            ORDINAL_ENUM_RANGE,
            FK_ADD, FK_DROP, FK_CHANGE_TARGET, FK_ON_DELETE, FK_TO_NEW_TABLE, SELF_REFERENCING_FK, FK_MADE_NOT_NULL,
            ONE_TO_ONE_ADD, DROP_REFERENCED_TABLE, ADD_TABLE_WITH_CONSTRAINTS,
            CYCLE_BETWEEN_NEW_TABLES, MANY_TO_MANY_ADD, MANY_TO_MANY_DROP, ELEMENT_COLLECTION_ADD,
            SEQUENCE_ADDED, SEQUENCE_INCREMENT_CHANGED, SEQUENCE_START_CHANGED, SEQUENCE_DROPPED, IDENTITY_TO_SEQUENCE, SEQUENCE_TO_IDENTITY,
            SINGLE_TABLE_SUBCLASS_COLUMN, JOINED_NEW_SUBCLASS, EMBEDDABLE_NEW_FIELD,
            SNAKE_CASE_ADD_COLUMN, JAVAX_ADD_COLUMN, ADD_TABLE_IN_SCHEMA, MOVE_TABLE_INTO_SCHEMA);
}
