package dev.migrator.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Runs real javac with {@link MigratorProcessor} over test sources and reads the fragments it wrote. */
final class Compilations {
    static final Path RESOURCES = Path.of("src/test/resources");
    /** Fixture entity sources; kept off the test class path so that javac never finds them implicitly. */
    static final Path ENTITIES = Path.of("src/test/entities");

    private Compilations() {}

    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return javac().withProcessors(new MigratorProcessor()).withOptions((Object[]) options).compile(sources);
    }

    /** Every {@code .java} file of a directory under src/test/entities. */
    static List<JavaFileObject> sourcesIn(String directory) {
        try (Stream<Path> files = Files.list(ENTITIES.resolve(directory))) {
            List<JavaFileObject> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                out.add(JavaFileObjects.forSourceString(
                        directory + "." + file.getFileName().toString().replace(".java", ""),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaFileObject source(String className, String... lines) {
        return JavaFileObjects.forSourceLines(className, lines);
    }

    /** The fragment written for an entity class. */
    /**
     * Compiles the fixture {@code directory} (which must succeed) and assembles every fragment the
     * processor wrote, as the plugin does.
     */
    static dev.migrator.model.Schema assembled(String directory) throws dev.migrator.snapshot.SnapshotFormatException {
        Compilation compilation = compile(sourcesIn(directory));
        com.google.testing.compile.CompilationSubject.assertThat(compilation).succeeded();
        List<dev.migrator.snapshot.EntitySnapshot> fragments = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getName().contains("META-INF/migrator/entities/")) {
                try {
                    fragments.add(dev.migrator.snapshot.SnapshotCodec.fromJson(file.getCharContent(true).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return dev.migrator.snapshot.SnapshotAssembler.assemble(fragments);
    }

    static String fragment(Compilation compilation, String entityClass) {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/migrator/entities/" + entityClass + ".json")
                .orElseThrow(() -> new AssertionError("no fragment for " + entityClass + ": " + compilation.diagnostics()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
