package dev.migrator.plugin.command;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrator:merge} on two real branches, then make and migrate on H2 after the merge. */
class MergeCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneHeadIsNothingToMerge() throws Exception {
        TestProject project = new MakeCommandTest().tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        RecordingConsole console = new RecordingConsole();

        assertThat(new MergeCommand(console).execute(project.make(null))).isEmpty();

        assertThat(console.lines).containsExactly("Nothing to merge: the migrations have one head, 0001_initial");
        assertThat(project.migrationFiles()).containsExactly("V0001_Initial.java");
    }

    @Test
    void twoBranchesAreMergedAndThenApplyInTheChainsOrder() throws Exception {
        TestProject project = new MakeCommandTest().tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        // Branch one: make adds user.email.
        project.entity("com.example.User", MakeCommandTest.schema(
                MakeCommandTest.user().column(column("email", varchar(100)))));
        new MakeCommand(new RecordingConsole()).execute(project.make("add email"));
        // Branch two, made by a colleague from the same parent: address.phone.
        Path email = project.migrations().resolve("V0002_AddEmail.java");
        String phone = Files.readString(email).replace("V0002_AddEmail", "V0002_AddPhone")
                .replace("0002_add_email", "0002_add_phone").replace("add email", "add phone")
                .replace("\"user\"", "\"address\"").replace("\"email\"", "\"phone\"");
        assertThat(phone).contains("op.addColumn(\"address\", column(\"phone\"");
        Files.writeString(project.migrations().resolve("V0002_AddPhone.java"), phone);
        Files.writeString(project.index(), Files.readString(project.index()) + TestProject.PACKAGE + ".V0002_AddPhone\n");
        project.entity("com.example.Address", MakeCommandTest.schema(
                MakeCommandTest.address().column(column("phone", varchar(100)))));
        project.compile();

        RecordingConsole console = new RecordingConsole();
        Path merge = new MergeCommand(console).execute(project.make("")).orElseThrow();

        assertThat(merge.getFileName().toString()).isEqualTo("V0003_Merge0002AddEmailAnd0002AddPhone.java");
        assertThat(Files.readString(merge))
                .contains("id = \"0003_merge_0002_add_email_and_0002_add_phone\"")
                .contains("\"0002_add_email\",\n                \"0002_add_phone\"");
        assertThat(console.lines.get(0)).isEqualTo("Merging 2 heads [0002_add_email, 0002_add_phone]. After the merge, "
                + "migrate applies every migration of both branches, parents first and otherwise in the order of the index.");
        assertThat(Files.readAllLines(project.index())).last().isEqualTo(
                TestProject.PACKAGE + ".V0003_Merge0002AddEmailAnd0002AddPhone");
        project.compile();

        RecordingConsole make = new RecordingConsole();
        assertThat(new MakeCommand(make).execute(project.make("more"))).isEmpty();
        assertThat(make.lines).containsExactly("No changes detected");

        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()),
                DatabaseRequest.embeddedUrl(dir), "sa", "");
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).containsExactly(
                "0001_initial", "0002_add_email", "0002_add_phone", "0003_merge_0002_add_email_and_0002_add_phone");
        assertThat(columns(db, "user")).contains("EMAIL");
        assertThat(columns(db, "ADDRESS")).contains("PHONE");
    }

    private static List<String> columns(DatabaseRequest db, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
