package dev.migrator.plugin.command;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * make twice, the second time after {@code @Table(name)} and {@code @Column(name)} changed (the
 * fragments keep their origins): the second migration renames without asking, and the rows are
 * still there after migrate on H2 and on PostgreSQL. Origins are those the processor writes.
 */
class RenameCommandsTest {
    static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    static Table book(String name, String titleColumn) {
        return table(name)
                .column(column("id", BIGINT).notNull())
                .column(column(titleColumn, varchar(255)))
                .primaryKey("id");
    }

    static Table review(String bookTable, String fkName) {
        return table("review")
                .column(column("id", BIGINT).notNull())
                .column(column("book_id", BIGINT))
                .primaryKey("id")
                .foreignKey(foreignKey(fkName, "book_id", bookTable, "id"));
    }

    private static void entities(TestProject project, String bookTable, String titleColumn, String fkName)
            throws Exception {
        project.entity("com.example.Book", new Schema(List.of(book(bookTable, titleColumn)), List.of()), Map.of(
                bookTable, "com.example.Book",
                bookTable + ".id", "com.example.Book#id",
                bookTable + "." + titleColumn, "com.example.Book#title"));
        project.entity("com.example.Review", new Schema(List.of(review(bookTable, fkName)), List.of()), Map.of(
                "review", "com.example.Review",
                "review.id", "com.example.Review#id",
                "review.book_id", "com.example.Review#book"));
    }

    @Test
    void renamesOnH2() throws Exception {
        renamesKeepTheRows(new DatabaseRequest(List.of(), DatabaseRequest.embeddedUrl(dir), "sa", ""));
    }

    @Test
    void renamesOnPostgres() throws Exception {
        renamesKeepTheRows(new DatabaseRequest(List.of(), postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "postgres"));
    }

    private void renamesKeepTheRows(DatabaseRequest target) throws Exception {
        TestProject project = new TestProject(dir);
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()), target.url(),
                target.user(), target.password());
        entities(project, "book", "title", "FKreview_book");
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        new MigrateCommand(new RecordingConsole()).execute(db, null);
        execute(db, "insert into book (id, title) values (1, 'Dune')", "insert into review (id, book_id) values (10, 1)");

        entities(project, "books", "headline", "FKreview_books");
        RecordingConsole console = new RecordingConsole();
        Path second = new MakeCommand(console, question -> {
            throw new AssertionError("asked: " + question);
        }).execute(project.make("")).orElseThrow();

        assertThat(console.lines).contains(
                "    ~ Rename table book to books (Book)",
                "    ~ Rename column title to headline on books (Book#title)",
                "    - Drop foreign key FKreview_book on review(book_id)",
                "    + Add foreign key FKreview_books on review(book_id) -> books(id)");
        assertThat(console.text()).doesNotContain("Did you rename");
        assertThat(second.getFileName().toString()).isEqualTo("V0002_RenameTableBookToBooksAndMore.java");
        assertThat(Files.readString(second)).contains("op.renameTable(\"book\", \"books\");",
                "op.renameColumn(\"books\", \"title\", \"headline\");").doesNotContain("dropColumn", "dropTable");
        project.compile();
        new MigrateCommand(new RecordingConsole()).execute(db, null);

        assertThat(query(db, "select b.headline from books b join review r on r.book_id = b.id")).containsExactly("Dune");
        // The replayed migrations carry the origins: nothing is left to do, and nothing is asked.
        RecordingConsole again = new RecordingConsole();
        assertThat(new MakeCommand(again, question -> {
            throw new AssertionError("asked: " + question);
        }).execute(project.make(""))).isEmpty();
        assertThat(again.lines).containsExactly("No changes detected");
        // Downgrade renames back: the rows are under their old names again.
        new DowngradeCommand(new RecordingConsole()).execute(db, 1, null);
        assertThat(query(db, "select title from book")).containsExactly("Dune");
    }

    private static void execute(DatabaseRequest db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(DatabaseRequest db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
