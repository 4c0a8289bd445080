package dev.migrator.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import dev.migrator.Migrator;
import dev.migrator.dialect.Dialect;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.runner.PrerenderedStatements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrator:index: the index in the output directory gets each migration's metadata from its compiled class. */
class IndexCommandTest {
    @TempDir
    Path dir;

    private TestProject project() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        return project;
    }

    /** What resources:resources does: the source index copied into the output directory. */
    private static Path copyIndex(TestProject project) throws Exception {
        Path target = project.classes().resolve(MigrationIndex.RESOURCE);
        Files.createDirectories(target.getParent());
        Files.copy(project.index(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static int index(TestProject project, RecordingConsole console) throws CommandException {
        return new IndexCommand(console).execute(project.classes(), List.of(project.classes()),
                path -> project.classes().relativize(path).toString());
    }

    @Test
    void writesIdParentsChecksumAndMessageFromTheClassesIntoTheOutputIndexOnly() throws Exception {
        TestProject project = project();
        String source = Files.readString(project.index());
        Path target = copyIndex(project);
        RecordingConsole console = new RecordingConsole();

        assertThat(index(project, console)).isEqualTo(1);

        assertThat(Files.readString(project.index())).isEqualTo(source);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        String className = TestProject.PACKAGE + ".V0001_CreateTheExampleDatabase";
        java.net.URLClassLoader classes = new java.net.URLClassLoader(new java.net.URL[] {project.classes().toUri().toURL()},
                getClass().getClassLoader());
        MigrationInfo expected = MigrationLoader.describe(className, classes, "test");
        assertThat(lines).containsExactly(className + " #migrator:1 id=0001_create_the_example_database parents= checksum="
                + expected.checksum() + " message=create+the+example+database");
        assertThat(IndexEntry.parse(lines.get(0)).orElseThrow().info()).isEqualTo(expected);
        assertThat(console.lines).contains("Indexed 1 migration(s) in " + MigrationIndex.RESOURCE);

        Migrator migrator = Migrator.configure().dialect(Dialect.named("h2")).classLoader(classes).load();
        assertThat(migrator.history()).containsExactly(expected);
    }

    @Test
    void writesEachDialectsUpgradeStatementsThatTheRuntimeAppliesWithoutTheClass() throws Exception {
        TestProject project = project();
        copyIndex(project);
        index(project, new RecordingConsole());

        String className = TestProject.PACKAGE + ".V0001_CreateTheExampleDatabase";
        MigrationInfo info;
        try (java.net.URLClassLoader classes = new java.net.URLClassLoader(
                new java.net.URL[] {project.classes().toUri().toURL()}, getClass().getClassLoader())) {
            info = MigrationLoader.describe(className, classes, "test");
        }
        for (String name : List.of("h2", "postgresql")) {
            Dialect dialect = Dialect.named(name);
            Path file = project.classes().resolve(PrerenderedStatements.resource(dialect));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith("#migrator-statements:1 runtime=");
            assertThat(lines.get(1)).isEqualTo("@ 0001_create_the_example_database " + info.checksum());
            assertThat(lines.subList(2, lines.size())).allMatch(line -> line.startsWith("= ")).isNotEmpty()
                    .anyMatch(line -> line.startsWith("= create table " + dialect.quote("user")));
        }

        // The runtime applies them on H2 from a loader that cannot load the migration class at all.
        Path onlyResources = dir.resolve("resources-only");
        for (String resource : List.of(MigrationIndex.RESOURCE, PrerenderedStatements.resource(Dialect.named("h2")))) {
            Files.createDirectories(onlyResources.resolve(resource).getParent());
            Files.copy(project.classes().resolve(resource), onlyResources.resolve(resource));
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:index-statements;DB_CLOSE_DELAY=-1");
        try (java.net.URLClassLoader resources = new java.net.URLClassLoader(
                new java.net.URL[] {onlyResources.toUri().toURL()}, getClass().getClassLoader())) {
            Migrator migrator = Migrator.configure().dataSource(h2).classLoader(resources).load();
            assertThat(migrator.migrate()).containsExactly("0001_create_the_example_database");
            assertThat(migrator.status().applied()).singleElement()
                    .satisfies(row -> assertThat(row.checksum()).isEqualTo(info.checksum()));
        }
    }

    @Test
    void recomputesEveryLineAndLeavesAnUnchangedIndexAlone() throws Exception {
        TestProject project = project();
        Path target = copyIndex(project);
        index(project, new RecordingConsole());
        String good = Files.readString(target);
        Files.writeString(target, good.replaceAll("checksum=[0-9a-f]{64}", "checksum=" + "0".repeat(64)));

        index(project, new RecordingConsole());
        assertThat(Files.readString(target)).isEqualTo(good);

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, written);
        index(project, new RecordingConsole());
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(written);
    }

    @Test
    void aClassThatCannotBeLoadedKeepsAPlainLineAndIsNamed() throws Exception {
        TestProject project = project();
        Path target = copyIndex(project);
        Files.writeString(target, "# comment kept\n" + Files.readString(target) + "com.example.migrations.Gone\n");
        RecordingConsole console = new RecordingConsole();

        assertThat(index(project, console)).isEqualTo(1);

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("# comment kept");
        assertThat(lines.get(1)).contains("#migrator:1 id=0001_create_the_example_database");
        assertThat(lines.get(2)).isEqualTo("com.example.migrations.Gone");
        assertThat(console.lines).anyMatch(line -> line.contains("com.example.migrations.Gone is listed in")
                && line.contains("cannot be loaded") && line.contains("without metadata"));
    }

    @Test
    void withoutAnIndexThereIsNothingToDo() throws Exception {
        TestProject project = new TestProject(dir);
        RecordingConsole console = new RecordingConsole();
        assertThat(index(project, console)).isZero();
        assertThat(console.lines).singleElement().asString().contains("nothing to index");
        assertThat(Files.exists(project.classes().resolve(MigrationIndex.RESOURCE))).isFalse();
    }
}
