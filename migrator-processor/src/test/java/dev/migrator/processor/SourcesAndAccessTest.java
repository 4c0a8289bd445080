package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where mappings come from: referenced entities and mapped superclasses compiled in another
 * module (class files only), the javax.persistence namespace, property access, generic
 * superclasses.
 */
class SourcesAndAccessTest {

    private static Schema schema(Compilation compilation, String entity) throws SnapshotFormatException {
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema();
    }

    @Test
    void readsReferencedEntitiesAndSuperclassesFromClassFiles(@TempDir Path library) throws Exception {
        compileLibrary(library,
                Compilations.source("lib.BaseEntity",
                        "package lib;",
                        "import jakarta.persistence.*;",
                        "@MappedSuperclass",
                        "public abstract class BaseEntity<ID> {",
                        "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) protected ID id;",
                        "    @Version protected Long version;",
                        "}"),
                Compilations.source("lib.Country",
                        "package lib;",
                        "import jakarta.persistence.*;",
                        "@Entity @Table(name = \"country\")",
                        "public class Country extends BaseEntity<Integer> { @Column(length = 2) String iso; }"));
        List<File> classpath = new ArrayList<>();
        classpath.add(library.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        Compilation compilation = javacWithClasspath(classpath, Compilations.source("app.City",
                "package app;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class City extends lib.BaseEntity<Long> {",
                "    String name;",
                "    @ManyToOne(optional = false) lib.Country country;",
                "}"));

        Table city = schema(compilation, "app.City").requireTable("City");
        assertThat(city.requireColumn("id")).isEqualTo(Column.of("id", ColumnType.BIGINT).notNull().generatedAsIdentity());
        assertThat(city.requireColumn("version")).isEqualTo(Column.of("version", ColumnType.BIGINT));
        // Country's id is Integer through BaseEntity<Integer>, read from the class file.
        assertThat(city.requireColumn("country_id")).isEqualTo(Column.of("country_id", ColumnType.INTEGER).notNull());
        assertThat(city.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("country");
        assertThat(compilation.generatedFiles()).noneMatch(f -> f.getName().contains("lib.Country"));
    }

    @Test
    void supportsJavaxPersistenceAndPropertyAccess() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("old.Legacy",
                "package old;",
                "import javax.persistence.*;",
                "@Entity @Table(name = \"legacy_item\")",
                "public class Legacy {",
                "    private Long key;",
                "    private String displayName;",
                "    private String cached;",
                "    @Id @Column(name = \"item_key\") public Long getKey() { return key; }",
                "    public void setKey(Long key) { this.key = key; }",
                "    @Column(length = 40, nullable = false) public String getDisplayName() { return displayName; }",
                "    public void setDisplayName(String name) { this.displayName = name; }",
                "    public boolean isActive() { return true; }",
                "    public void setActive(boolean active) { }",
                "    @Transient public String getCached() { return cached; }",
                "}")), "-Amigrator.naming=snake_case");

        Table legacy = schema(compilation, "old.Legacy").requireTable("legacy_item");
        assertThat(legacy.columns()).extracting(Column::name).containsExactlyInAnyOrder("item_key", "display_name", "active");
        assertThat(legacy.requireColumn("display_name")).isEqualTo(Column.of("display_name", ColumnType.varchar(40)).notNull());
        assertThat(legacy.requireColumn("active").nullable()).isFalse();
    }

    private static Compilation javacWithClasspath(List<File> classpath, JavaFileObject... sources) {
        return com.google.testing.compile.Compiler.javac()
                .withProcessors(new MigratorProcessor())
                .withClasspath(classpath)
                .compile(sources);
    }

    /** Compiles a "library module" without the processor, like a dependency jar built elsewhere. */
    private static void compileLibrary(Path output, JavaFileObject... sources) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
            boolean ok = javac.getTask(null, files, null, List.of("-proc:none"), null, List.of(sources)).call();
            assertThat(ok).isTrue();
        }
        assertThat(Files.exists(output.resolve("lib/Country.class"))).isTrue();
    }
}
