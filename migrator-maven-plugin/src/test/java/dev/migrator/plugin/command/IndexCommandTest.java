package dev.migrator.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import dev.migrator.Migrator;
import dev.migrator.dialect.Dialect;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationLoader;
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
