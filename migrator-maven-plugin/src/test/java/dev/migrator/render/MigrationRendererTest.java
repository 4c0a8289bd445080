package dev.migrator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.Migration;
import dev.migrator.OperationRecorder;
import dev.migrator.diff.RandomSchemas;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import dev.migrator.operation.RunJava;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendered migrations against golden files (regenerate with {@code -Dmigrator.updateGoldens=true}
 * and review the diff), and a round trip: the rendered sources compile against the runtime and,
 * run against a recorder, describe exactly the operations they were rendered from, origins included.
 */
class MigrationRendererTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/golden");

    static Stream<MigrationSpec> cases() {
        return RenderCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGoldenFile(MigrationSpec spec) throws IOException {
        String rendered = MigrationRenderer.render(spec);
        Path golden = GOLDEN.resolve(spec.className() + ".java");
        if (Boolean.getBoolean("migrator.updateGoldens")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isByteIdenticalForIdenticalInput(MigrationSpec spec) {
        assertThat(MigrationRenderer.render(spec)).isEqualTo(MigrationRenderer.render(copy(spec)));
    }

    @Test
    void renderedSourcesCompileAndDescribeExactlyTheirOperations(@TempDir Path dir) throws Exception {
        List<MigrationSpec> specs = new ArrayList<>(RenderCases.all());
        for (long seed = 0; seed < 40; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema before = random.schema();
            specs.add(RenderCases.spec("r" + seed, "Random" + seed, List.of(), "random " + seed,
                    SchemaDiffer.diff(before, random.edit(before))));
        }
        List<Path> sources = new ArrayList<>();
        for (MigrationSpec spec : specs) {
            Path source = dir.resolve("src").resolve(spec.className() + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, MigrationRenderer.render(spec));
            sources.add(source);
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(sources, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (MigrationSpec spec : specs) {
                Migration migration = (Migration) loader.loadClass(spec.packageName() + "." + spec.className())
                        .getConstructor().newInstance();
                assertThat(OperationRecorder.upgradeOf(migration)).as(spec.className()).isEqualTo(spec.upgrade());
                assertThat(OperationRecorder.downgradeOf(migration)).as(spec.className()).isEqualTo(spec.downgrade());
                // Origins are outside equality; the records' text has every component, origins included.
                assertThat(OperationRecorder.upgradeOf(migration)).as(spec.className() + " with origins")
                        .hasToString(spec.upgrade().toString());
                assertThat(OperationRecorder.downgradeOf(migration)).as(spec.className() + " with origins")
                        .hasToString(spec.downgrade().toString());
                dev.migrator.Revision revision = migration.getClass().getAnnotation(dev.migrator.Revision.class);
                assertThat(revision.id()).isEqualTo(spec.revisionId());
                assertThat(revision.parents()).containsExactlyElementsOf(spec.parents());
                assertThat(revision.message()).isEqualTo(spec.message());
            }
        }
    }

    @Test
    void destructiveStatementsAreMarked() {
        String source = MigrationRenderer.render(RenderCases.drops());
        assertThat(source).contains("// DESTRUCTIVE: drops table address and every row in it");
        assertThat(source).contains("// DESTRUCTIVE: drops column user.fullname and its values");
        assertThat(source).contains("// DESTRUCTIVE: narrows user.name");
    }

    @Test
    void downgradeSaysThatTheDroppedDataIsGone() {
        String source = MigrationRenderer.render(RenderCases.drops());
        String downgrade = source.substring(source.indexOf("public void downgrade"));
        assertThat(downgrade).contains("// DATA GONE: re-creates table address as upgrade() dropped it (definition,"
                + " constraints, indexes); its rows are not restored\n        op.createTable(table(\"address\")");
        assertThat(downgrade).contains("// DATA GONE: re-creates column user.fullname as upgrade() dropped it; its"
                + " values are not restored\n        op.addColumn(\"user\", column(\"fullname\"");
        // The upgrade creates and adds nothing it dropped: no such line there.
        assertThat(source.substring(0, source.indexOf("public void downgrade"))).doesNotContain("DATA GONE");
        assertThat(MigrationRenderer.render(RenderCases.all().get(1))).doesNotContain("DATA GONE");
    }

    @Test
    void javaStepsCannotBeGenerated() {
        MigrationSpec spec = new MigrationSpec("p", "V1", "1", List.of(), "m",
                List.of(new RunJava("fill", c -> {}, null)), List.of());
        assertThatThrownBy(() -> MigrationRenderer.render(spec))
                .hasMessageContaining("cannot be generated")
                .hasMessageContaining("-Dmigrator.empty=true");
    }

    private static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-Xlint:all", "-Werror", "--release", "17");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
    }

    private static MigrationSpec copy(MigrationSpec s) {
        return new MigrationSpec(s.packageName(), s.className(), s.revisionId(), new ArrayList<>(s.parents()),
                s.message(), new ArrayList<>(s.upgrade()), new ArrayList<>(s.downgrade()));
    }
}
