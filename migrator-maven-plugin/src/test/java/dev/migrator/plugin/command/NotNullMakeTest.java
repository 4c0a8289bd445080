package dev.migrator.plugin.command;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make} for columns that become NOT NULL on a table that may hold rows, as Django's
 * makemigrations: interactive make asks for a one-off value, batch make takes
 * {@code migrator.defaults} or fails naming the column and the property; the generated migration
 * then applies to tables WITH ROWS on H2 and PostgreSQL and downgrades.
 */
class NotNullMakeTest {
    private static final String ASKED_FOR_EMAIL = "It is impossible to add a non-nullable column 'email' to table"
            + " 'customer' without a default for its existing rows. Enter a one-off SQL default (e.g. 'unknown' as a"
            + " quoted literal, 0, current_timestamp), or leave empty to abort:";

    @TempDir
    Path dir;

    static Table customer() {
        return table("customer").column(column("id", BIGINT).notNull()).column(column("name", varchar(100)))
                .primaryKey("id");
    }

    /** The customer gets a NOT NULL email without default, and its name becomes NOT NULL. */
    static Table customerWithEmail() {
        return customer().column(column("email", varchar(255)).notNull()).alterColumn("name", c -> c.notNull());
    }

    /** Answers every value question with the next answer, and records the questions. */
    static final class Answers implements Questions {
        final List<String> asked = new ArrayList<>();
        private final List<String> answers;

        Answers(String... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public boolean confirm(String question) {
            asked.add(question);
            return false;
        }

        @Override
        public String answer(String question) {
            asked.add(question);
            return answers.isEmpty() ? "" : answers.remove(0);
        }
    }

    private TestProject initial() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.Customer", new Schema(List.of(customerWithEmail()), List.of()));
        return project;
    }

    private MakeRequest withDefaults(TestProject project, String defaults) {
        return new MakeRequest(project.base, project.sources(), project.resources(), project.classes(), List.of(),
                TestProject.PACKAGE, "email", false, null, false, defaults);
    }

    @Test
    void interactiveMakeAsksForAOneOffValueAndFillsTheRowsWithIt() throws Exception {
        TestProject project = initial();
        Answers answers = new Answers("'anonymous'", "'unknown'");
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console, answers).execute(project.make("email")).orElseThrow();

        assertThat(answers.asked).containsExactly("Column 'name' of table 'customer' becomes"
                + " non-nullable; existing rows holding NULL there would make the migration fail. Enter a one-off SQL"
                + " value for them (e.g. 'unknown' as a quoted literal, 0, current_timestamp), or leave empty to leave"
                + " them (then the migration fails if there are any):", ASKED_FOR_EMAIL);
        String source = Files.readString(written);
        assertThat(source).contains("""
                    public void upgrade(Operations op) {
                        // RISKY: sets customer.name to 'anonymous' in every row holding NULL there, then makes it NOT NULL\
                 (a full scan under an exclusive lock). Safer on a large table: fill the rows in batches in a hand-written\
                 migration first
                        op.setNotNull("customer", "name", "'anonymous'");
                        op.addColumn("customer", column("email", varchar(255)));
                        // RISKY: sets customer.email to 'unknown' in every row holding NULL there, then makes it NOT NULL\
                 (a full scan under an exclusive lock). Safer on a large table: fill the rows in batches in a hand-written\
                 migration first
                        op.setNotNull("customer", "email", "'unknown'");
                    }
                """).contains("""
                        op.alterColumnNullability("customer", "email", true);
                        // DESTRUCTIVE: drops column customer.email and its values
                        op.dropColumn("customer", column("email", varchar(255)));
                        op.alterColumnNullability("customer", "name", true);
                """);
        assertThat(console.lines).contains("    ~ Alter column customer.email: not null, NULL rows set to 'unknown'",
                "    + Add column email to customer");
    }

    @Test
    void anAnswerIsTakenAsTypedCommasAndQuotesIncluded() throws Exception {
        TestProject project = initial();
        Answers answers = new Answers("coalesce(null, 'x')", "'it''s, you'");

        Path written = new MakeCommand(new RecordingConsole(), answers).execute(project.make("email")).orElseThrow();

        assertThat(Files.readString(written)).contains("op.setNotNull(\"customer\", \"name\", \"coalesce(null, 'x')\");")
                .contains("op.setNotNull(\"customer\", \"email\", \"'it''s, you'\");");
    }

    @Test
    void anEmptyAnswerAbortsAndWritesNothing() throws Exception {
        TestProject project = initial();
        Answers answers = new Answers("");

        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole(), answers).execute(project.make("email")))
                .isInstanceOf(CommandException.class).hasMessageContaining("column email of table customer");
        assertThat(answers.asked).contains(ASKED_FOR_EMAIL);
        assertThat(project.migrationFiles()).containsExactly("V0001_Initial.java");
    }

    @Test
    void batchMakeWithoutAValueFailsNamingTheColumnAndTheProperty() throws Exception {
        TestProject project = initial();

        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("email")))
                .isInstanceOf(CommandException.class)
                .hasMessage("Cannot add NOT NULL column email of table customer without a value for the existing rows:"
                        + " the migration would fail on a table that has rows. Give a one-off SQL value with"
                        + " -Dmigrator.defaults=customer.email=<SQL expression> (e.g. 'unknown' as a quoted literal, 0,"
                        + " current_timestamp; in interactive mode make asks for it), or give the column a default"
                        + " (@ColumnDefault), or make it nullable. Nothing was written.");
        assertThat(project.migrationFiles()).containsExactly("V0001_Initial.java");
        assertThat(Files.readAllLines(project.index())).hasSize(1);
    }

    @Test
    void batchMakeTakesTheValueFromTheProperty() throws Exception {
        TestProject project = initial();
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console)
                .execute(withDefaults(project, "customer.email='a,b', customer.name=coalesce('x', 'y')")).orElseThrow();

        assertThat(Files.readString(written)).contains("op.addColumn(\"customer\", column(\"email\", varchar(255)));")
                .contains("op.setNotNull(\"customer\", \"email\", \"'a,b'\");")
                .contains("op.setNotNull(\"customer\", \"name\", \"coalesce('x', 'y')\");")
                .doesNotContain("notNull()");
        assertThat(console.text()).doesNotContain("migrator.defaults gives");
    }

    @Test
    void batchMakeLeavesANarrowedColumnWithoutValueAndSaysWhatHappensToNullRows() throws Exception {
        TestProject project = initial();
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console)
                .execute(withDefaults(project, "customer.email='unknown',customer.nope=1")).orElseThrow();

        assertThat(Files.readString(written)).contains("op.alterColumnNullability(\"customer\", \"name\", false);");
        assertThat(console.lines).contains("[warn] Column customer.name becomes NOT NULL with no value for rows"
                + " holding NULL: the migration fails if there are any. To fill them, run make again with"
                + " -Dmigrator.defaults=customer.name=<SQL expression>, or fill them in a hand-written migration first",
                "[warn] migrator.defaults gives a value for customer.nope, but no column of that name becomes NOT NULL"
                        + " without a default: ignored");
    }

    @Test
    void aColumnWithADefaultOrIdentityNeedsNoQuestion() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.Customer", new Schema(List.of(customer()
                .column(column("status", varchar(10)).notNull().defaultValue("'new'"))
                .column(column("seq", BIGINT).notNull().generatedAsIdentity())
                .alterColumn("name", c -> c.notNull().defaultValue("'nobody'"))), List.of()));
        Answers answers = new Answers();

        Path written = new MakeCommand(new RecordingConsole(), answers).execute(project.make("status")).orElseThrow();

        assertThat(answers.asked).isEmpty();
        assertThat(Files.readString(written))
                .contains("op.addColumn(\"customer\", column(\"status\", varchar(10)).notNull().defaultValue(\"'new'\"));")
                .contains("op.alterColumnDefault(\"customer\", \"name\", null, \"'nobody'\");\n"
                        + "        // RISKY: sets customer.name to 'nobody'")
                .contains("op.setNotNull(\"customer\", \"name\", \"'nobody'\");");
    }

    @Test
    void aDroppedNotNullColumnIsReAddedByTheDowngradeWithTheGivenValueOnH2WithRows() throws Exception {
        String url = "jdbc:h2:mem:dropnotnull" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        TestProject project = new TestProject(dir);
        project.entity("com.example.Customer", new Schema(List.of(customer()
                .column(column("email", varchar(255)).notNull())), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()), url, "sa", "");
        new MigrateCommand(new RecordingConsole()).execute(db, null);
        execute(url, "sa", "", "insert into customer (id, name, email) values (1, 'ann', 'a@x')");
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console).execute(withDefaults(project, "customer.email='gone'")).orElseThrow();

        assertThat(Files.readString(written)).contains("""
                    public void downgrade(Operations op) {
                        // DATA GONE: re-creates column customer.email as upgrade() dropped it; its values are not restored
                        op.addColumn("customer", column("email", varchar(255)));
                        // RISKY: sets customer.email to 'gone' in every row holding NULL there, then makes it NOT NULL\
                 (a full scan under an exclusive lock). Safer on a large table: fill the rows in batches in a hand-written\
                 migration first
                        op.setNotNull("customer", "email", "'gone'");
                    }
                """);
        assertThat(console.text()).doesNotContain("migrator.defaults gives").doesNotContain("the downgrade re-adds it");
        project.compile();
        new MigrateCommand(new RecordingConsole()).execute(db, null);
        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, null)).containsExactly("0002_email");
        assertThat(rows(url, "sa", "")).containsExactly("1 ann gone");
        assertThat(nullable(url, "sa", "", "email")).isFalse();
    }

    @Test
    void aDroppedNotNullColumnIsAskedAboutInteractivelyAndWarnedAboutInBatch() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.Customer", new Schema(List.of(customer()
                .column(column("email", varchar(255)).notNull())), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        Answers answers = new Answers("'typed'");

        Path asked = new MakeCommand(new RecordingConsole(), answers).execute(project.make("email")).orElseThrow();

        assertThat(answers.asked).singleElement().asString()
                .startsWith("Column 'email' of table 'customer' is dropped; it is non-nullable without a default");
        assertThat(Files.readString(asked)).contains("op.setNotNull(\"customer\", \"email\", \"'typed'\");");
        Files.delete(asked);
        Files.writeString(project.index(), Files.readAllLines(project.index()).get(0) + "\n");
        RecordingConsole batch = new RecordingConsole();
        Path written = new MakeCommand(batch).execute(project.make("email")).orElseThrow();
        assertThat(batch.lines).contains("[warn] Column customer.email is dropped and is NOT NULL without a default: the"
                + " downgrade re-adds it with no value for the remaining rows, so it fails on a table that has rows. To"
                + " give the downgrade a value, run make again with -Dmigrator.defaults=customer.email=<SQL expression>");
        // The downgrade stays the plain reverse, marked as failing on rows.
        assertThat(Files.readString(written)).contains("        // RISKY: adds NOT NULL column customer.email without a"
                + " default; fails if the table has rows.").contains(
                "op.addColumn(\"customer\", column(\"email\", varchar(255)).notNull());")
                .doesNotContain("\n        op.setNotNull(");
    }

    @Test
    void theMigrationFillsRowsOnH2AndDowngrades() throws Exception {
        appliesToRows("jdbc:h2:mem:notnull" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void theMigrationFillsRowsOnPostgresAndDowngrades() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            appliesToRows(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        }
    }

    private void appliesToRows(String url, String user, String password) throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        DatabaseRequest db = new DatabaseRequest(List.of(project.classes(), project.resources()), url, user, password);
        new MigrateCommand(new RecordingConsole()).execute(db, null);
        execute(url, user, password, "insert into customer (id, name) values (1, 'ann')",
                "insert into customer (id, name) values (2, null)");
        project.entity("com.example.Customer", new Schema(List.of(customerWithEmail()), List.of()));
        Optional<Path> written = new MakeCommand(new RecordingConsole())
                .execute(withDefaults(project, "customer.email='unknown',customer.name='anonymous'"));
        assertThat(written).isPresent();
        project.compile();

        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).containsExactly("0002_email");

        assertThat(rows(url, user, password)).containsExactly("1 ann unknown", "2 anonymous unknown");
        assertThat(nullable(url, user, password, "email")).isFalse();
        assertThat(nullable(url, user, password, "name")).isFalse();
        assertThat(new DowngradeCommand(new RecordingConsole()).execute(db, 1, null)).containsExactly("0002_email");
        assertThat(nullable(url, user, password, "name")).isTrue();
        assertThat(nullable(url, user, password, "email")).isNull();
        // Upgrade again: the rows still there get the value again.
        assertThat(new MigrateCommand(new RecordingConsole()).execute(db, null)).containsExactly("0002_email");
        assertThat(rows(url, user, password)).containsExactly("1 ann unknown", "2 anonymous unknown");
    }

    private static void execute(String url, String user, String password, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private static List<String> rows(String url, String user, String password) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, name, email from customer order by id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    /** Whether the column is nullable; {@code null} when it does not exist. */
    private static Boolean nullable(String url, String user, String password, String column) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select is_nullable, column_default from information_schema.columns"
                        + " where lower(table_name) = 'customer' and lower(column_name) = '" + column + "'")) {
            if (!rs.next()) {
                return null;
            }
            assertThat(rs.getString(2)).as("no default stays behind").isNull();
            return rs.getString(1).equals("YES");
        }
    }
}
