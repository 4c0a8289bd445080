package dev.migrator.plugin.command;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void passesWhenTheMigrationsCoverTheEntitiesAndFailsOtherwise() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));

        RecordingConsole before = new RecordingConsole();
        assertThatThrownBy(() -> new CheckCommand(before).execute(project.make(null)))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("1 change(s)")
                .hasMessageContaining("mvn migrator:make");
        assertThat(before.lines).contains("[warn]     + Create table user");

        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        RecordingConsole covered = new RecordingConsole();
        new CheckCommand(covered).execute(project.make(null));
        assertThat(covered.lines).containsExactly("No changes detected: the migrations cover the entities.");

        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()
                .column(column("email", varchar(10)))));
        assertThatThrownBy(() -> new CheckCommand(new RecordingConsole()).execute(project.make(null)))
                .hasMessageContaining("not covered by a migration");
        assertThat(project.migrationFiles()).containsExactly("V0001_Initial.java");
    }

    @Test
    void failsOnTwoHeads() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        Path first = project.migrations().resolve("V0001_Initial.java");
        Files.writeString(project.migrations().resolve("V0001_Other.java"), Files.readString(first)
                .replace("V0001_Initial", "V0001_Other").replace("0001_initial", "0001_other"));
        Files.writeString(project.index(), Files.readString(project.index())
                + TestProject.PACKAGE + ".V0001_Other\n");
        project.compile();
        assertThatThrownBy(() -> new CheckCommand(new RecordingConsole()).execute(project.make(null)))
                .hasMessageContaining("2 heads");
    }
}
