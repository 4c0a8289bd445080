package dev.migrator.plugin.command;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeCommandTest {
    @TempDir
    Path dir;

    static Table user() {
        return table("user")
                .column(column("id", BIGINT).notNull())
                .column(column("name", varchar(255)))
                .primaryKey("id");
    }

    static Table address() {
        return table("address")
                .column(column("id", BIGINT).notNull())
                .column(column("user_id", BIGINT))
                .primaryKey("id")
                .foreignKey(foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "user", "id"));
    }

    static Schema schema(Table table) {
        return new Schema(List.of(table), List.of());
    }

    TestProject tutorial(Path base) throws IOException {
        TestProject project = new TestProject(base);
        project.entity("com.example.User", schema(user()));
        project.entity("com.example.Address", schema(address()));
        return project;
    }

    @Test
    void firstMakeWritesTheInitialMigrationAndItsIndexLine() throws Exception {
        TestProject project = tutorial(dir);
        RecordingConsole console = new RecordingConsole();

        Optional<Path> written = new MakeCommand(console).execute(project.make("create the example database"));

        Path expected = project.migrations().resolve("V0001_CreateTheExampleDatabase.java");
        assertThat(written).contains(expected);
        assertThat(Files.readString(expected))
                .contains("@Revision(\n        id = \"0001_create_the_example_database\",")
                .contains("op.createTable(table(\"user\")")
                .contains("op.addForeignKey(\"address\", foreignKey(\"FK6i66ijb8twgcqtetl8eeeed6v\"");
        assertThat(Files.readAllLines(project.index()))
                .containsExactly("com.example.migrations.V0001_CreateTheExampleDatabase");
        assertThat(console.lines).containsExactly(
                "Migrations for 'com.example.migrations':",
                "  src/main/java/com/example/migrations/V0001_CreateTheExampleDatabase.java",
                "    + Create table address",
                "    + Create table user",
                "    + Add foreign key FK6i66ijb8twgcqtetl8eeeed6v on address(user_id) -> user(id)");
        assertThat(project.migrationFiles()).containsExactly("V0001_CreateTheExampleDatabase.java");
    }

    @Test
    void noChangeWritesNothingAndSaysSo() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        String index = Files.readString(project.index());
        RecordingConsole console = new RecordingConsole();

        Optional<Path> written = new MakeCommand(console).execute(project.make("again"));

        assertThat(written).isEmpty();
        assertThat(console.lines).containsExactly("No changes detected");
        assertThat(project.migrationFiles()).containsExactly("V0001_CreateTheExampleDatabase.java");
        assertThat(Files.readString(project.index())).isEqualTo(index);
    }

    @Test
    void aChangeBecomesTheNextMigrationFollowingTheHead() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("create the example database"));
        project.compile();
        project.entity("com.example.User", schema(user().column(column("email", varchar(100)))
                .alterColumn("name", c -> c.withType(varchar(500)))));
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console).execute(project.make("add email to user")).orElseThrow();

        assertThat(written.getFileName().toString()).isEqualTo("V0002_AddEmailToUser.java");
        assertThat(Files.readString(written))
                .contains("parents = \"0001_create_the_example_database\"")
                .contains("op.addColumn(\"user\", column(\"email\", varchar(100)));")
                .contains("op.alterColumnType(\"user\", \"name\", varchar(255), varchar(500));");
        assertThat(console.lines).contains(
                "    ~ Alter column user.name: varchar(255) -> varchar(500)", "    + Add column email to user");
        assertThat(Files.readAllLines(project.index())).containsExactly(
                "com.example.migrations.V0001_CreateTheExampleDatabase", "com.example.migrations.V0002_AddEmailToUser");
        project.compile();
        assertThat(new MakeCommand(new RecordingConsole()).execute(project.make(""))).isEmpty();
    }

    @Test
    void makeIsDeterministic() throws Exception {
        TestProject one = tutorial(dir.resolve("one"));
        TestProject two = tutorial(dir.resolve("two"));
        Path a = new MakeCommand(new RecordingConsole()).execute(one.make("create the example database")).orElseThrow();
        Path b = new MakeCommand(new RecordingConsole()).execute(two.make("create the example database")).orElseThrow();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(one.index())).isEqualTo(Files.readAllBytes(two.index()));
    }

    @Test
    void droppingAColumnIsReportedAsDestructiveAndARenameCandidateIsAsked() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.User", schema(user().withoutColumn("name").column(column("login", varchar(255)))));
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console).execute(project.make("login")).orElseThrow();

        assertThat(console.lines).contains("    - Drop column name from user", "    + Add column login to user",
                "[warn] DESTRUCTIVE: drops column user.name and its values");
        assertThat(console.text()).contains("Did you rename user.name to user.login?")
                .contains("-Dmigrator.renames=user.name=login");
        assertThat(Files.readString(written)).contains("// DESTRUCTIVE: drops column user.name and its values");
    }

    @Test
    void declaredRenameBecomesARenameColumn() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.User", schema(user().renameColumn("name", "login")));

        Path written = new MakeCommand(new RecordingConsole())
                .execute(project.request("rename name", false, "user.name=login", false)).orElseThrow();

        assertThat(Files.readString(written)).contains("op.renameColumn(\"user\", \"name\", \"login\");")
                .doesNotContain("dropColumn");
    }

    @Test
    void aConfirmedCandidateBecomesARenameAndARefusedOneStaysDropAndAdd() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.entity("com.example.User", schema(user().renameColumn("name", "login")));
        List<String> asked = new java.util.ArrayList<>();

        RecordingConsole refused = new RecordingConsole();
        new MakeCommand(refused, q -> asked.add(q) && false).execute(project.request("r", false, null, true));
        assertThat(asked).containsExactly("Did you rename user.name to user.login? [y/N]");
        assertThat(refused.lines).contains("    - Drop column name from user");

        Path written = new MakeCommand(new RecordingConsole(), q -> true).execute(project.make("rename")).orElseThrow();
        assertThat(Files.readString(written)).contains("op.renameColumn(\"user\", \"name\", \"login\");")
                .doesNotContain("dropColumn");
    }

    @Test
    void handEditsAreHonouredByTheNextMake() throws Exception {
        TestProject project = tutorial(dir);
        Path first = new MakeCommand(new RecordingConsole()).execute(project.make("initial")).orElseThrow();
        // The reviewer adds the column by hand; the entity gets it too: nothing is left to generate.
        Files.writeString(first, Files.readString(first).replace("op.addForeignKey(",
                "op.addColumn(\"user\", column(\"email\", varchar(100)));\n        op.addForeignKey("));
        project.compile();
        project.entity("com.example.User", schema(user().column(column("email", varchar(100)))));
        RecordingConsole console = new RecordingConsole();
        assertThat(new MakeCommand(console).execute(project.make("email"))).isEmpty();
        assertThat(console.lines).containsExactly("No changes detected");
    }

    @Test
    void aHandEditThatDoesNotFitIsNamedPrecisely() throws Exception {
        TestProject project = tutorial(dir);
        Path first = new MakeCommand(new RecordingConsole()).execute(project.make("initial")).orElseThrow();
        Files.writeString(first, Files.readString(first).replace("op.addForeignKey(",
                "op.renameColumn(\"user\", \"nope\", \"other\");\n        op.addForeignKey("));
        project.compile();
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("x")))
                .isInstanceOf(CommandException.class)
                .hasMessage("Migration com.example.migrations.V0001_Initial (0001_initial) does not fit the "
                        + "migrations before it: \"Rename column nope to other on user\" fails: table user has no "
                        + "column nope. Fix its upgrade() so that it applies to the schema its parents build.");
    }

    @Test
    void dryRunPrintsButWritesNothing() throws Exception {
        TestProject project = tutorial(dir);
        RecordingConsole console = new RecordingConsole();
        assertThat(new MakeCommand(console).execute(project.request("x", false, null, true))).isEmpty();
        assertThat(console.lines).contains("    + Create table user");
        assertThat(project.migrationFiles()).isEmpty();
        assertThat(project.index()).doesNotExist();
    }

    @Test
    void emptyMigrationIsWrittenWithNoChange() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        Path written = new MakeCommand(new RecordingConsole())
                .execute(project.request("fill names", true, null, false)).orElseThrow();
        assertThat(written.getFileName().toString()).isEqualTo("V0002_FillNames.java");
        assertThat(Files.readString(written)).contains("// Describe the change here");
    }

    @Test
    void aFragmentWhoseEntityIsGoneIsIgnored() throws Exception {
        TestProject project = tutorial(dir);
        project.entity("com.example.Gone", schema(table("gone").column(column("id", BIGINT))));
        project.deleteEntityClass("com.example.Gone");
        RecordingConsole console = new RecordingConsole();
        Path written = new MakeCommand(console).execute(project.make("initial")).orElseThrow();
        assertThat(Files.readString(written)).doesNotContain("gone\"");
        assertThat(console.text()).contains("entity class com.example.Gone no longer exists");
    }

    @Test
    void entitiesInADependencyJarArePartOfTheModel() throws Exception {
        TestProject project = new TestProject(dir.resolve("app"));
        project.entity("com.example.User", schema(user()));
        Path jar = dir.resolve("model.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/migrator/entities/com.lib.Address.json"));
            out.write(dev.migrator.snapshot.SnapshotCodec.toJson(new dev.migrator.snapshot.EntitySnapshot(
                    "com.lib.Address", "standard", schema(address()), java.util.Map.of())).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("com/lib/Address.class"));
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/migrator/entities/com.lib.Gone.json"));
            out.write(dev.migrator.snapshot.SnapshotCodec.toJson(new dev.migrator.snapshot.EntitySnapshot(
                    "com.lib.Gone", "standard", schema(table("gone").column(column("id", BIGINT))),
                    java.util.Map.of())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        MakeRequest request = new MakeRequest(project.base, project.sources(), project.resources(), project.classes(),
                List.of(project.classes(), jar), TestProject.PACKAGE, "initial", false, null, false);
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console).execute(request).orElseThrow();

        assertThat(Files.readString(written)).contains("op.createTable(table(\"address\")")
                .contains("op.createTable(table(\"user\")").doesNotContain("\"gone\"");
        assertThat(console.text()).contains("model.jar!/META-INF/migrator/entities/com.lib.Gone.json");
    }

    @Test
    void twoHeadsAreRefusedUntilMerged() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        Path first = project.migrations().resolve("V0001_Initial.java");
        // A second branch's migration that also follows nothing: the chain now has two heads.
        Files.writeString(project.migrations().resolve("V0001_Other.java"), Files.readString(first)
                .replace("V0001_Initial", "V0001_Other").replace("0001_initial", "0001_other")
                .replace("message = \"initial\"", "message = \"other\""));
        Files.writeString(project.index(), Files.readString(project.index()) + PACKAGE_PREFIX + "V0001_Other\n");
        project.compile();

        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("more")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("2 heads [0001_initial, 0001_other]")
                .hasMessageContaining("mvn migrator:merge");

        Path merge = new MakeCommand(new RecordingConsole())
                .execute(project.request("", true, null, false)).orElseThrow();
        assertThat(merge.getFileName().toString()).isEqualTo("V0002_Merge.java");
        assertThat(Files.readString(merge)).contains("\"0001_initial\",\n                \"0001_other\"");
    }

    @Test
    void missingSnapshotsDoNotDropEveryTable() throws Exception {
        TestProject project = tutorial(dir);
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        project.deleteEntityClass("com.example.User");
        project.deleteEntityClass("com.example.Address");
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("x")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("annotationProcessorPaths");
    }

    @Test
    void userMistakesSayWhatToDo() throws Exception {
        TestProject project = tutorial(dir);
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(new MakeRequest(dir,
                project.sources(), project.resources(), project.classes(), List.of(), "", "m", false, null, false)))
                .hasMessageContaining("<migrationsPackage>");
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(
                project.request("m", false, "user.nope=x", false)))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("user.nope=x");
        Files.createDirectories(project.index().getParent());
        Files.writeString(project.index(), "com.example.migrations.Missing\n");
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("m")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("com.example.migrations.Missing is listed in src/main/resources/META-INF/migrator/migrations.list");
        Files.writeString(project.outputFragment("com.example.User"), "{ not json");
        Files.delete(project.index());
        assertThatThrownBy(() -> new MakeCommand(new RecordingConsole()).execute(project.make("m")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("com.example.User.json")
                .hasMessageContaining("mvn clean compile");
    }

    private static final String PACKAGE_PREFIX = TestProject.PACKAGE + ".";
}
