package dev.migrator.plugin.command;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated migrations applied and reverted through the commands on a real PostgreSQL. */
class PostgresCommandsTest {
    static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void migrateAndDowngradeOnPostgres() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        project.entity("com.example.Address", MakeCommandTest.schema(MakeCommandTest.address()));
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()
                .column(column("email", varchar(100))).alterColumn("name", c -> c.withType(varchar(500)))));
        new MakeCommand(new RecordingConsole()).execute(project.make("add email"));
        project.compile();
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()),
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");

        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, "head"))
                .containsExactly("0001_create_the_example_database", "0002_add_email");
        assertThat(columns("user")).contains("email");
        assertThat(columns("address")).contains("user_id");

        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, null)).containsExactly("0002_add_email");
        assertThat(columns("user")).doesNotContain("email");
        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, "base"))
                .containsExactly("0001_create_the_example_database");
        assertThat(columns("user")).isEmpty();
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).hasSize(2);
        RecordingConsole status = new RecordingConsole();
        new StatusCommand(status).execute(db);
        assertThat(status.lines).contains("Current revision: 0002_add_email");

        // A key that a foreign key stands on changes: PostgreSQL refuses to drop it while the key references it.
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()
                .column(column("email", varchar(100))).alterColumn("name", c -> c.withType(varchar(500)))
                .withPrimaryKey(dev.migrator.Dsl.primaryKey("pk_user", "id"))));
        new MakeCommand(new RecordingConsole()).execute(project.make("name the user key"));
        project.compile();
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).containsExactly("0003_name_the_user_key");
        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, null))
                .containsExactly("0003_name_the_user_key");
    }

    @Test
    void baselineAndValidateOnPostgres() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        new MakeCommand(new RecordingConsole()).execute(project.make("create users"));
        project.compile();
        project.entity("com.example.User", MakeCommandTest.schema(
                MakeCommandTest.user().column(column("email", varchar(100)))));
        new MakeCommand(new RecordingConsole()).execute(project.make("add email"));
        project.compile();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database adopt");
        }
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()),
                postgres.getJdbcUrl("postgres", "adopt"), "postgres", "postgres");

        assertThat(new BaselineCommand(new RecordingConsole()).execute(db, "0001_create_users"))
                .containsExactly("0001_create_users");
        RecordingConsole valid = new RecordingConsole();
        new ValidateCommand(valid).execute(db, true);
        assertThat(valid.lines).contains("Validated 1 applied migration(s) against the code: no problems; 1 pending.");
        // The baseline ran nothing, so migrate applies only the second migration (which needs the table: created here).
        try (Connection c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.createStatement().execute("create table \"user\" (id bigint not null primary key, name varchar(255))");
        }
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).containsExactly("0002_add_email");
        assertThatThrownBy(() -> new BaselineCommand(new RecordingConsole()).execute(db, "0042_nope"))
                .isInstanceOf(CommandException.class).hasMessageContaining("0042_nope");
    }

    private static List<String> columns(String table) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
            return names;
        }
    }
}
