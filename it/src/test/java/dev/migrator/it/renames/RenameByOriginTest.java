package dev.migrator.it.renames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.it.oracle.Database;
import dev.migrator.it.oracle.HibernateSchemaTool;
import dev.migrator.it.oracle.OracleAssertions;
import dev.migrator.it.oracle.SchemaIntrospector;
import dev.migrator.it.oracle.TestDatabases;
import dev.migrator.plugin.command.Console;
import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.MakeCommand;
import dev.migrator.plugin.command.MakeRequest;
import dev.migrator.plugin.command.MigrateCommand;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision D2 end to end: real entity sources compiled with javac and migrator-processor, {@code make}
 * run twice, the second time after {@code @Table(name)} and {@code @Column(name)} changed. The
 * second migration must rename (no question asked, no drop), keep the rows, and leave the schema
 * Hibernate exports for the renamed entities, hashed constraint and index names included.
 */
class RenameByOriginTest {
    private static final String MIGRATIONS = "com.example.migrations";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void changedPhysicalNamesOfTheSameEntityAndAttributeAreRenamesThatKeepTheRows(String kind) throws Exception {
        Database database = kind.equals(TestDatabases.H2)
                // A file database, closed between connections as the plugin's embedded one is: H2 2.3.232
                // shows a renamed column's old name in information_schema.key_column_usage of its unique
                // constraints until the database is opened again (the constraint itself is right).
                ? new Database(kind, "jdbc:h2:file:" + dir.resolve("h2/db"), "sa", "")
                : TestDatabases.create(kind, "rename_by_origin");
        writeEntities("book", "title", "status", "isbn");
        compileEntities();
        make("initial");
        compileMigrations();
        migrate(database);
        execute(database, "insert into book (id, title, status, isbn) values (1, 'Dune', 1, '978-0441013593')",
                "insert into review (id, stars, book_id) values (10, 5, 1)");

        writeEntities("books", "headline", "state", "isbn_code");
        compileEntities();
        List<String> report = make("");

        assertThat(report).contains(
                "    ~ Rename table book to books (Book)",
                "    ~ Rename column title to headline on books (Book#title)",
                "    ~ Rename column status to state on books (Book#status)",
                "    ~ Rename column isbn to isbn_code on books (Book#isbn)");
        String second;
        try (Stream<Path> files = Files.list(migrationsDirectory())) {
            second = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("V0002_")).findFirst()
                    .orElseThrow());
        }
        assertThat(second).contains("op.renameTable(\"book\", \"books\");")
                .contains("op.renameColumn(\"books\", \"title\", \"headline\");")
                .doesNotContain("dropTable").doesNotContain("dropColumn").doesNotContain("addColumn");
        compileMigrations();
        migrate(database);

        assertThat(query(database, "select b.headline || ' ' || b.state || ' ' || b.isbn_code from books b"
                + " join review r on r.book_id = b.id where r.id = 10")).containsExactly("Dune 1 978-0441013593");
        Database hibernate = TestDatabases.create(kind, "rename_by_origin_hibernate");
        try (URLClassLoader entities = new URLClassLoader(new URL[] {classes().toUri().toURL()}, getClass().getClassLoader())) {
            List<Class<?>> classes = List.of(entities.loadClass("com.example.Book"), entities.loadClass("com.example.Review"));
            // Hibernate looks the entity classes up by name through the context class loader.
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(entities);
            try {
                HibernateSchemaTool.export(hibernate, classes, "standard");
                OracleAssertions.assertSameSchema("renamed book on " + kind, SchemaIntrospector.describe(hibernate),
                        SchemaIntrospector.describe(database));
                HibernateSchemaTool.validate(database, classes, "standard");
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        // Replaying both migrations gives the entities' model, origins included: nothing left to do.
        compileEntities();
        assertThat(make("")).containsExactly("No changes detected");
    }

    /**
     * Book with an ordinal enum (a column check) and a unique column: on PostgreSQL their
     * constraints are named after table and column, and must follow the renames.
     */
    private void writeEntities(String bookTable, String titleColumn, String statusColumn, String isbnColumn)
            throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("entities/com/example"));
        Files.writeString(pkg.resolve("Book.java"), """
                package com.example;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "%s", indexes = @Index(columnList = "%s"))
                public class Book {
                    public enum Status { NEW, USED }

                    @Id Long id;
                    @Column(name = "%s") String title;
                    @Enumerated(EnumType.ORDINAL) @Column(name = "%s") Status status;
                    @Column(name = "%s", unique = true) String isbn;
                }
                """.formatted(bookTable, titleColumn, titleColumn, statusColumn, isbnColumn));
        Files.writeString(pkg.resolve("Review.java"), """
                package com.example;

                import jakarta.persistence.*;

                @Entity
                public class Review {
                    @Id Long id;
                    int stars;
                    @ManyToOne Book book;
                }
                """);
    }

    /** As the build's compile phase: entities through javac with migrator-processor into target/classes. */
    private void compileEntities() throws IOException {
        Files.createDirectories(classes());
        javac(dir.resolve("entities"), List.of("-processor", "dev.migrator.processor.MigratorProcessor",
                "-processorpath", System.getProperty("java.class.path")));
    }

    private void compileMigrations() throws IOException {
        javac(dir.resolve("src/main/java"), List.of("-proc:none"));
    }

    private void javac(Path sourceRoot, List<String> extra) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", classes().toString(), "-classpath",
                    System.getProperty("java.class.path") + java.io.File.pathSeparator + classes(), "--release", "17"));
            options.addAll(extra);
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
    }

    /** Runs make with nobody to ask: a question would fail the test, a proved rename asks none. */
    private List<String> make(String message) throws Exception {
        Lines console = new Lines();
        MakeRequest request = new MakeRequest(dir, dir.resolve("src/main/java"), resources(), classes(), List.of(),
                MIGRATIONS, message, false, null, false);
        new MakeCommand(console, question -> {
            throw new AssertionError("make asked: " + question);
        }).execute(request);
        assertThat(console.lines).noneMatch(line -> line.startsWith("[warn]") && line.contains("rename"));
        return console.lines;
    }

    private void migrate(Database database) throws Exception {
        new MigrateCommand(new Lines()).execute(new DatabaseRequest(List.of(classes(), resources()), database.url(),
                database.user(), database.password()), "head");
    }

    /** The console's lines, warnings marked. */
    private static final class Lines implements Console {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String line) {
            lines.add(line);
        }

        @Override
        public void warn(String line) {
            lines.add("[warn] " + line);
        }
    }

    private Path classes() {
        return dir.resolve("target/classes");
    }

    private Path resources() {
        return dir.resolve("src/main/resources");
    }

    private Path migrationsDirectory() {
        return dir.resolve("src/main/java/" + MIGRATIONS.replace('.', '/'));
    }

    private static void execute(Database database, String... statements) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(Database database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
