package dev.migrator.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A throwaway Maven-like project in a temporary directory: entity fragments written as the
 * processor would, migration sources compiled with javac into {@code target/classes}.
 */
final class TestProject {
    static final String PACKAGE = "com.example.migrations";

    final Path base;

    TestProject(Path base) throws IOException {
        this.base = base;
        Files.createDirectories(sources());
        Files.createDirectories(resources());
        Files.createDirectories(classes());
    }

    Path sources() {
        return base.resolve("src/main/java");
    }

    Path resources() {
        return base.resolve("src/main/resources");
    }

    Path classes() {
        return base.resolve("target/classes");
    }

    Path index() {
        return resources().resolve("META-INF/migrator/migrations.list");
    }

    Path migrations() {
        return sources().resolve(PACKAGE.replace('.', '/'));
    }

    /** Writes the entity's fragment and a stand-in for its class file (make only checks that it exists). */
    void entity(String entityClass, Schema schema) throws IOException {
        entity(entityClass, schema, Map.of());
    }

    /** As {@link #entity(String, Schema)}, with the fragment's origins ({@code "table"} / {@code "table.column"} to source identity). */
    void entity(String entityClass, Schema schema, Map<String, String> origins) throws IOException {
        Path fragment = classes().resolve(EntitySnapshot.resourceName(entityClass));
        Files.createDirectories(fragment.getParent());
        Files.writeString(fragment, SnapshotCodec.toJson(new EntitySnapshot(entityClass, "standard", schema, origins)));
        Path classFile = classes().resolve(entityClass.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, new byte[0]);
    }

    Path outputFragment(String entityClass) {
        return classes().resolve(EntitySnapshot.resourceName(entityClass));
    }

    void deleteEntityClass(String entityClass) throws IOException {
        Files.delete(classes().resolve(entityClass.replace('.', '/') + ".class"));
    }

    MakeRequest make(String message) {
        return request(message, false, null, false);
    }

    MakeRequest request(String message, boolean empty, String renames, boolean dryRun) {
        return new MakeRequest(base, sources(), resources(), classes(), List.of(), PACKAGE, message, empty, renames,
                dryRun);
    }

    /** Compiles every migration source into target/classes, as the next build's compile phase would. */
    void compile() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sources())) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes().toString(), "-classpath",
                    System.getProperty("java.class.path"), "--release", "17");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
    }

    List<String> migrationFiles() throws IOException {
        if (!Files.isDirectory(migrations())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrations())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
