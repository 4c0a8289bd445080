package dev.migrator.plugin.command;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sql, baseline, validate and repair against a real H2 file database (sql: none at all), on migrations written by make. */
class GoalCommandsTest {
    static final String FIRST = "0001_create_the_example_database";
    static final String SECOND = "0002_add_email";

    @TempDir
    Path dir;

    /** Two migrations made from entities, compiled; the database is the embedded H2 file with a password. */
    private TestProject project() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.User", MakeCommandTest.schema(MakeCommandTest.user()));
        project.entity("com.example.Address", MakeCommandTest.schema(MakeCommandTest.address()));
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        project.entity("com.example.User", MakeCommandTest.schema(
                MakeCommandTest.user().column(column("email", varchar(100)))));
        new MakeCommand(new RecordingConsole()).execute(project.make("add email"));
        project.compile();
        return project;
    }

    private DatabaseRequest db(TestProject project) {
        return new DatabaseRequest(List.of(project.classes(), project.resources()),
                "jdbc:h2:file:" + dir.resolve("db"), "app", "S3cr3t-Pw");
    }

    @Test
    void sqlWritesTheScriptOfARangeWithoutADatabase() throws Exception {
        TestProject project = project();
        List<Path> classpath = List.of(project.classes(), project.resources());

        RecordingConsole postgres = new RecordingConsole();
        String script = new SqlCommand(postgres).execute(classpath, "postgresql", null, null, null);
        assertThat(script).startsWith("-- migrator: postgresql upgrade script\n")
                .contains("-- upgrade " + FIRST, "-- upgrade " + SECOND, "begin;", "commit;",
                        "create table \"user\"", "insert into migrator_history");
        assertThat(postgres.lines).isEqualTo(script.lines().toList());
        assertThat(Files.exists(dir.resolve("db.mv.db"))).as("no database is created").isFalse();

        RecordingConsole h2 = new RecordingConsole();
        Path output = dir.resolve("out/upgrade.sql");
        String fromFirst = new SqlCommand(h2).execute(classpath, "h2", FIRST, "head", output);
        assertThat(Files.readString(output)).isEqualTo(fromFirst);
        assertThat(fromFirst).contains("-- upgrade " + SECOND).doesNotContain("-- upgrade " + FIRST, "begin;");
        assertThat(h2.lines).singleElement().asString()
                .startsWith("Wrote the h2 script from " + FIRST + " to head (").endsWith(output.toString());

        assertThat(new SqlCommand(new RecordingConsole()).execute(classpath, "h2", FIRST, FIRST, null))
                .doesNotContain("-- upgrade");
        assertThatThrownBy(() -> new SqlCommand(new RecordingConsole()).execute(classpath, "oracle", null, null, null))
                .isInstanceOf(CommandException.class).hasMessageContaining("migrator.dialect is \"oracle\"");
        assertThatThrownBy(() -> new SqlCommand(new RecordingConsole()).execute(classpath, "h2", "0042_nope", null, null))
                .isInstanceOf(CommandException.class).hasMessageContaining("0042_nope");
    }

    @Test
    void sqlNamesJavaStepsItCannotRender() throws Exception {
        TestProject project = project();
        handWritten(project, "V0003_FillEmails", "0003_fill_emails", SECOND,
                "op.runJava(\"fill emails\", connection -> { });");
        project.compile();
        RecordingConsole console = new RecordingConsole();
        String script = new SqlCommand(console).execute(List.of(project.classes(), project.resources()), "h2", SECOND,
                null, null);
        assertThat(script).contains("-- NOT RENDERED: ").contains("fill emails").contains("0003_fill_emails");
        assertThat(console.lines).anySatisfy(line -> assertThat(line)
                .startsWith("[warn] Not rendered: ").contains("fill emails").contains("0003_fill_emails"));
    }

    @Test
    void baselineRecordsWithoutRunning() throws Exception {
        TestProject project = project();
        DatabaseRequest db = db(project);
        assertThatThrownBy(() -> new BaselineCommand(new RecordingConsole()).execute(db, " "))
                .isInstanceOf(CommandException.class).hasMessageContaining("migrator.target");

        RecordingConsole baseline = new RecordingConsole();
        assertThat(new BaselineCommand(baseline).execute(db, FIRST)).containsExactly(FIRST);
        assertThat(baseline.lines).contains("  Baselined " + FIRST + " (recorded as applied, not run)");
        assertThat(query(db, "select count(*) from information_schema.tables where lower(table_name) = 'user'"))
                .as("nothing was run").isEqualTo("0");
        assertThat(query(db, "select state from migrator_history where id = '" + FIRST + "'")).isEqualTo("baseline");

        RecordingConsole again = new RecordingConsole();
        assertThat(new BaselineCommand(again).execute(db, FIRST)).isEmpty();
        assertThat(again.lines).anySatisfy(line -> assertThat(line).startsWith("Nothing to baseline"));
        assertThat(new BaselineCommand(new RecordingConsole()).execute(db, "head")).containsExactly(SECOND);
        assertThat(baseline.text() + again.text()).doesNotContain("S3cr3t-Pw");
    }

    @Test
    void validateFailsOnEditedUnknownOutOfOrderAndInterrupted() throws Exception {
        TestProject project = project();
        DatabaseRequest db = db(project);
        new MigrateCommand(new RecordingConsole()).execute(db, null);
        RecordingConsole valid = new RecordingConsole();
        new ValidateCommand(valid).execute(db, true);
        assertThat(valid.lines).contains("Validated 2 applied migration(s) against the code: no problems; 0 pending.");

        // Unknown: an error when strict, a printed warning otherwise.
        execute(db, "insert into migrator_history (install_order, id, parents, description, checksum, applied_at, "
                + "applied_by, execution_ms, state) values (99, '0099_gone', '', 'gone', 'x', current_timestamp, 't', 0, "
                + "'applied')");
        assertThatThrownBy(() -> new ValidateCommand(new RecordingConsole()).execute(db, true))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("(1 problem)")
                .hasMessageContaining("0099_gone, which is not in the migration index");
        RecordingConsole lenient = new RecordingConsole();
        new ValidateCommand(lenient).execute(db, false);
        assertThat(lenient.lines).anySatisfy(line -> assertThat(line).startsWith("[warn] ").contains("0099_gone"));
        assertThat(lenient.lines).contains("Validated 3 applied migration(s) against the code: 1 warning(s), no errors; 0 pending.");
        execute(db, "delete from migrator_history where id = '0099_gone'");

        // Out of order: the second is applied, the first it follows is not.
        String firstRow = query(db, "select checksum from migrator_history where id = '" + FIRST + "'");
        execute(db, "update migrator_history set id = '0001_elsewhere' where id = '" + FIRST + "'");
        assertThatThrownBy(() -> new ValidateCommand(new RecordingConsole()).execute(db, false))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("migration " + SECOND + " is applied but " + FIRST + ", which it follows, is not");
        execute(db, "update migrator_history set id = '" + FIRST + "' where id = '0001_elsewhere'");
        assertThat(query(db, "select checksum from migrator_history where id = '" + FIRST + "'")).isEqualTo(firstRow);

        // Interrupted.
        execute(db, "update migrator_history set state = 'in_progress' where id = '" + SECOND + "'");
        assertThatThrownBy(() -> new ValidateCommand(new RecordingConsole()).execute(db, true))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("migration " + SECOND + " was interrupted during its upgrade")
                .hasMessageContaining("mvn migrator:repair");
        execute(db, "update migrator_history set state = 'applied' where id = '" + SECOND + "'");

        // Edited after it was applied.
        Path second = project.migrations().resolve("V0002_AddEmail.java");
        Files.writeString(second, Files.readString(second).replace("varchar(100)", "varchar(120)"));
        project.compile();
        assertThatThrownBy(() -> new ValidateCommand(new RecordingConsole()).execute(db, true))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("migration " + SECOND + " (com.example.migrations.V0002_AddEmail) was changed "
                        + "after it was applied")
                .hasMessageNotContaining("S3cr3t-Pw");
    }

    @Test
    void repairForgetsInterruptedRunsAndSaysWhich() throws Exception {
        TestProject project = project();
        DatabaseRequest db = db(project);
        RecordingConsole nothing = new RecordingConsole();
        assertThat(new RepairCommand(nothing).execute(db)).isEmpty();
        assertThat(nothing.lines).contains("Nothing to repair: migrator_history has no interrupted migration.");

        // A migration failing at its second statement: H2 has committed the first, the run stays marked.
        handWritten(project, "V0003_Broken", "0003_broken", SECOND,
                "op.executeSql(\"create table audit (id bigint)\", \"drop table audit\");"
                        + " op.executeSql(\"insert into no_such_table values (1)\", \"select 1\");");
        project.compile();
        assertThatThrownBy(() -> new MigrateCommand(new RecordingConsole()).execute(db, null))
                .isInstanceOf(CommandException.class).hasMessageContaining("marks 0003_broken as in_progress");
        assertThat(query(db, "select state from migrator_history where id = '0003_broken'")).isEqualTo("in_progress");

        RecordingConsole repair = new RecordingConsole();
        assertThat(new RepairCommand(repair).execute(db)).containsExactly("0003_broken");
        assertThat(repair.lines).contains(
                "  Forgot 0003_broken (in_progress: interrupted upgrade); it now counts as not applied");
        assertThat(query(db, "select count(*) from migrator_history where id = '0003_broken'")).isEqualTo("0");
        RecordingConsole status = new RecordingConsole();
        new StatusCommand(status).execute(db);
        assertThat(status.lines).contains(" [X] " + SECOND, " [ ] 0003_broken");
        assertThat(repair.text() + status.text()).doesNotContain("S3cr3t-Pw");
    }

    /** A hand-written migration with {@code upgrade} as its upgrade body and an empty downgrade, added to the index. */
    static void handWritten(TestProject project, String className, String id, String parent, String upgrade)
            throws Exception {
        Files.writeString(project.migrations().resolve(className + ".java"), "package " + TestProject.PACKAGE + ";\n"
                + "@dev.migrator.Revision(id = \"" + id + "\", parents = \"" + parent + "\", message = \"" + id + "\")\n"
                + "public final class " + className + " extends dev.migrator.Migration {\n"
                + "    @Override public void upgrade(dev.migrator.Operations op) { " + upgrade + " }\n"
                + "    @Override public void downgrade(dev.migrator.Operations op) { }\n"
                + "}\n");
        Files.writeString(project.index(), TestProject.PACKAGE + "." + className + "\n", StandardOpenOption.APPEND);
    }

    private static void execute(DatabaseRequest db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(DatabaseRequest db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
