package dev.migrator.plugin.command;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate, status, history and downgrade against a real H2 file database, on migrations written by make. */
class DatabaseCommandsTest {
    @TempDir
    Path dir;

    @Test
    void makeMigrateStatusHistoryDowngrade() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        project.entity("com.example.Address", MakeCommandTest.schema(MakeCommandTest.address()));
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        project.entity("com.example.User", MakeCommandTest.schema(
                MakeCommandTest.user().column(column("email", varchar(100)))));
        new MakeCommand(new RecordingConsole()).execute(project.make("add email"));
        project.compile();
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()),
                DatabaseRequest.embeddedUrl(dir), "sa", "secret-password");

        RecordingConsole migrate = new RecordingConsole();
        assertThat(new MigrateCommand(migrate).execute(db, null))
                .containsExactly("0001_create_the_example_database", "0002_add_email");
        assertThat(migrate.lines).contains("  Applied 0002_add_email");
        assertThat(tables(db)).contains("address", "user", "migrator_history");
        assertThat(columns(db, "user")).contains("email");

        RecordingConsole status = new RecordingConsole();
        new StatusCommand(status).execute(db);
        assertThat(status.lines).contains("Current revision: 0002_add_email",
                " [X] 0001_create_the_example_database", " [X] 0002_add_email");

        RecordingConsole history = new RecordingConsole();
        new HistoryCommand(history).execute(db);
        assertThat(history.lines).containsExactly(
                "0001_create_the_example_database -> 0002_add_email (head), add email",
                "<base> -> 0001_create_the_example_database, create the example database");

        RecordingConsole downgrade = new RecordingConsole();
        assertThat(new DowngradeCommand(downgrade).execute(db, 1, null)).containsExactly("0002_add_email");
        assertThat(columns(db, "user")).doesNotContain("email");
        RecordingConsole pending = new RecordingConsole();
        new StatusCommand(pending).execute(db);
        assertThat(pending.lines).contains(" [X] 0001_create_the_example_database", " [ ] 0002_add_email");

        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, "base"))
                .containsExactly("0001_create_the_example_database");
        assertThat(tables(db)).doesNotContain("user", "address");
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, "0001_create_the_example_database"))
                .containsExactly("0001_create_the_example_database");
        RecordingConsole again = new RecordingConsole();
        new MigrateCommand(again).execute(db, "");
        assertThat(again.lines).contains("  Applied 0002_add_email");

        List<String> everything = new ArrayList<>();
        everything.addAll(migrate.lines);
        everything.addAll(status.lines);
        everything.addAll(downgrade.lines);
        assertThat(String.join("\n", everything)).doesNotContain("secret-password");
    }

    @Test
    void failuresAreCommandExceptionsWithoutThePassword() throws Exception {
        TestProject project = new TestProject(dir);
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes()),
                "jdbc:postgresql://127.0.0.1:1/none?password=hunter2", "me", "hunter2");
        assertThatThrownBy(() -> new MigrateCommand(new RecordingConsole()).execute(db, null))
                .isInstanceOf(CommandException.class)
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("password=***");
        assertThatThrownBy(() -> new DowngradeCommand(new RecordingConsole()).execute(db, 0, null))
                .hasMessageContaining("migrator.steps");
    }

    private static List<String> tables(DatabaseRequest db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }

    private static List<String> columns(DatabaseRequest db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", null, null)) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        }
    }
}
