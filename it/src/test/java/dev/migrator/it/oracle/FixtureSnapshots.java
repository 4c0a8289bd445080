package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Our model of a fixture on one database, as {@code make} would see it when the user's build passes
 * {@code -Amigrator.dialect} for that database: the snapshot fragments our annotation processor
 * writes for the fixture's sources, assembled with {@link SnapshotAssembler}.
 *
 * <p>The names Hibernate generates depend on the database's keyword list (a keyword is quoted, and
 * the quoted form enters FK/UK/index hashes and implicit join-table names), so each database gets
 * its own run of the processor: javac in this JVM with {@code -proc:only} over the sources of every
 * fixture of one naming (physical and implicit), once per (naming, database), into {@code target/fixture-snapshots/}. That is
 * six javac runs for the whole suite, whatever the number of fixtures.
 */
public final class FixtureSnapshots {
    private static final Path SOURCES = Path.of("src/test/java");
    private static final Path OUTPUT = Path.of("target/fixture-snapshots");
    private static final String DIRECTORY = "META-INF/migrator/entities";
    private static final String PROCESSOR = "dev.migrator.processor.MigratorProcessor";

    /** Fragment directory per "naming/database", each written once per JVM. */
    private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();

    private FixtureSnapshots() {}

    /**
     * The assembled schema of {@code fixture} with the names Hibernate generates on database
     * {@code kind} ({@link TestDatabases#H2}, {@link TestDatabases#POSTGRESQL}, which are also the
     * processor's dialect names). Fails when the processor wrote no fragment for one of the
     * fixture's entities, or wrote one under another naming or dialect.
     */
    public static Schema schema(Fixture fixture, String kind) {
        List<EntitySnapshot> fragments = fragments(fixture, kind);
        assertThat(fragments.stream().map(EntitySnapshot::entityClass).sorted().toList())
                .as("snapshot fragments of fixture %s", fixture)
                .isEqualTo(fixture.entityClasses().stream().map(Class::getName).sorted().toList());
        assertThat(SnapshotAssembler.naming(fragments)).as("naming of fixture %s", fixture).isEqualTo(fixture.naming());
        assertThat(SnapshotAssembler.implicitNaming(fragments)).as("implicit naming of fixture %s", fixture)
                .isEqualTo(fixture.implicitNaming());
        assertThat(SnapshotAssembler.dialect(fragments)).as("dialect of fixture %s", fixture).isEqualTo(kind);
        return SnapshotAssembler.assemble(fragments);
    }

    private static List<EntitySnapshot> fragments(Fixture fixture, String kind) {
        Path directory = COMPILED.computeIfAbsent(fixture.options() + "/" + kind, key -> compile(fixture, kind))
                .resolve(DIRECTORY);
        List<EntitySnapshot> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String className = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (className.substring(0, className.lastIndexOf('.')).equals(fixture.packageName())) {
                    fragments.add(SnapshotCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SnapshotFormatException e) {
            throw new AssertionError("the processor wrote an unreadable fragment: " + e.getMessage(), e);
        }
        return fragments;
    }

    /**
     * Runs the processor over the sources of every fixture compiled with the same naming options as
     * {@code like}, for database {@code kind}.
     */
    private static Path compile(Fixture like, String kind) {
        String naming = like.naming();
        Path output = OUTPUT.resolve(naming + "-" + like.implicitNaming() + "-" + kind);
        List<File> sources = OracleFixtures.ALL.stream()
                .filter(fixture -> fixture.options().equals(like.options()))
                .map(Fixture::packageName)
                .distinct()
                .flatMap(FixtureSnapshots::sourcesOf)
                .map(Path::toFile)
                .toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            deleteRecursively(output);
            Files.createDirectories(output);
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
            List<String> options = List.of("-proc:only", "-processor", PROCESSOR, "-implicit:none", "-nowarn",
                    "-Amigrator.naming=" + naming, "-Amigrator.implicitNaming=" + like.implicitNaming(),
                    "-Amigrator.dialect=" + kind,
                    "-classpath", testClassPath(), "-d", output.toString());
            if (!javac.getTask(diagnostics, files, null, options, null, units).call()) {
                throw new AssertionError("the processor failed on the " + like.options() + " fixtures for " + kind + ":\n"
                        + diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output;
    }

    /** The {@code .java} files of one fixture package (not of its sub-packages). */
    private static Stream<Path> sourcesOf(String packageName) {
        Path directory = SOURCES.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("fixture sources not found in " + directory.toAbsolutePath()
                    + " (tests must run with the it module as working directory)", e);
        }
    }

    /** The test class path: the compiled fixtures, the processor, JPA and Hibernate annotations. */
    private static String testClassPath() {
        // Surefire's forked JVM may see only a manifest-only booter jar on java.class.path.
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
