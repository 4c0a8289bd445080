package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.fixtures.V0004_Broken;
import dev.migrator.fixtures.V0004_Slow;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationCode;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.runner.PrerenderedStatements;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.RecordingClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upgrades run from the statements the build rendered ({@link PrerenderedStatements}): no
 * migration class is loaded, the database ends up exactly as when the classes run, and anything
 * that does not match exactly (checksum, runtime version, format, a Java step) falls back to the
 * class.
 */
class PrerenderedStatementsTest {
    private static final Class<?>[] CHAIN = {V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class};

    private static MigrationCode code(Class<?> type) {
        return MigrationLoader.inspect(type.getName(), PrerenderedStatementsTest.class.getClassLoader(), "test");
    }

    private static List<MigrationCode> codes(Class<?>... types) {
        List<MigrationCode> codes = new ArrayList<>();
        for (Class<?> type : types) {
            codes.add(code(type));
        }
        return codes;
    }

    /** The index lines and statements resources that {@code migrator:index} writes for {@code types}. */
    private static RecordingClassLoader built(Map<String, String> overrides, Class<?>... types) {
        List<MigrationCode> codes = codes(types);
        List<String> index = codes.stream().map(code -> IndexEntry.of(code.info()).line()).toList();
        Map<String, String> resources = new java.util.HashMap<>();
        for (String dialect : List.of("h2", "postgresql")) {
            Dialect d = Dialect.named(dialect);
            resources.put(PrerenderedStatements.resource(d), PrerenderedStatements.render(codes, d));
        }
        resources.putAll(overrides);
        return new RecordingClassLoader(index, resources);
    }

    private static Migrator migrator(DataSource db, ClassLoader loader, List<String> warnings) {
        return Migrator.configure().dataSource(db).classLoader(loader).warnings(warnings::add).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void upgradesRunFromTheStatementsWithoutLoadingAClassAndGiveTheSameDatabase(String kind) {
        DataSource fromStatements = MigratorTest.database(kind);
        RecordingClassLoader loader = built(Map.of(), CHAIN);
        List<String> warnings = new ArrayList<>();

        assertThat(migrator(fromStatements, loader, warnings).migrate()).containsExactlyElementsOf(MigratorTest.CHAIN);
        assertThat(loader.requested).isEmpty();
        assertThat(warnings).isEmpty();

        DataSource fromClasses = MigratorTest.database(kind);
        Migrator truth = MigratorTest.migrator(fromClasses, CHAIN);
        truth.migrate();
        Catalog expected = new Catalog(fromClasses, truth.dialect());
        Catalog actual = new Catalog(fromStatements, truth.dialect());
        for (String table : List.of("user", "address")) {
            assertThat(actual.columns(table)).isEqualTo(expected.columns(table)).isNotEmpty();
            assertThat(actual.primaryKey(table)).isEqualTo(expected.primaryKey(table));
            assertThat(actual.foreignKeys(table)).isEqualTo(expected.foreignKeys(table));
        }
        // The history records what the classes would: the classes' checksums, so validation passes.
        assertThat(MigratorTest.migrator(fromStatements, CHAIN).validate().isValid()).isTrue();
        assertThat(migrator(fromStatements, loader, warnings).status().applied()).extracting(AppliedMigration::checksum)
                .containsExactlyElementsOf(truth.status().applied().stream().map(AppliedMigration::checksum).toList());
        // Going down still needs the class: only upgrades are rendered.
        assertThat(migrator(fromStatements, loader, warnings).downgrade(1)).containsExactly("0003_add_email");
        assertThat(loader.requested).containsExactly(V0003_AddEmail.class.getName());
    }

    @Test
    void aMigrationWithAJavaStepIsNotRenderedAndRunsFromItsClass() {
        String h2 = PrerenderedStatements.render(codes(V0001_CreateUser.class, V0002_CreateAddress.class,
                V0003_AddEmail.class, V0004_Slow.class), Dialect.named("h2"));
        assertThat(h2).contains("@ 0003_add_email ").doesNotContain("0004_slow");

        DataSource db = MigratorTest.database("h2-mem");
        RecordingClassLoader loader = built(Map.of(), V0001_CreateUser.class, V0002_CreateAddress.class,
                V0003_AddEmail.class, V0004_Broken.class);
        // executeSql is SQL: rendered, and its failure is reported as from the class, with the statement.
        assertThat(PrerenderedStatements.render(codes(V0004_Broken.class), Dialect.named("h2")))
                .contains("= insert into no_such_table values (1)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrator(db, loader, new ArrayList<>()).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("0004_broken").hasMessageContaining(V0004_Broken.class.getName())
                .hasMessageContaining("insert into no_such_table");
        assertThat(loader.requested).isEmpty();
    }

    @Test
    void statementsOfAnotherChecksumVersionOrFormatAreNotUsed() {
        String h2 = PrerenderedStatements.resource(Dialect.named("h2"));
        String rendered = PrerenderedStatements.render(codes(CHAIN), Dialect.named("h2"));
        String checksum = code(V0002_CreateAddress.class).info().checksum();

        Map<String, Map<String, String>> variants = Map.of(
                "checksum", Map.of(h2, rendered.replace(checksum, "0".repeat(64))),
                "version", Map.of(h2, rendered.replaceFirst("runtime=\\S+", "runtime=0.0.1-other")),
                "format", Map.of(h2, rendered.replace("migrator-statements:1", "migrator-statements:2")),
                "malformed", Map.of(h2, rendered + "garbage line\n"));
        variants.forEach((what, resources) -> {
            DataSource db = MigratorTest.database("h2-mem");
            RecordingClassLoader loader = built(resources, CHAIN);
            assertThat(migrator(db, loader, new ArrayList<>()).migrate()).as(what).hasSize(3);
            assertThat(loader.requested).as(what).contains(V0002_CreateAddress.class.getName());
            assertThat(MigratorTest.migrator(db, CHAIN).validate().isValid()).as(what).isTrue();
        });
    }

    @Test
    void statementsKeepLineBreaksAndBackslashes() {
        MigrationInfo info = new MigrationInfo("0001_x", List.of(), "x", "com.x.V0001", "a".repeat(64));
        String sql = "insert into t values ('a\\nb', 'c\\\\d')\n-- second line\r\nselect 1";
        MigrationCode code = new MigrationCode(new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.executeSql(sql);
            }

            @Override
            public void downgrade(Operations op) {}
        }, info, List.of(new dev.migrator.operation.ExecuteSql(sql, null)));
        String rendered = PrerenderedStatements.render(List.of(code), Dialect.named("postgresql"));
        assertThat(rendered.lines().filter(line -> line.startsWith("= "))).hasSize(1);

        RecordingClassLoader loader = new RecordingClassLoader(List.of(),
                Map.of(PrerenderedStatements.resource(Dialect.named("postgresql")), rendered));
        assertThat(PrerenderedStatements.read(loader, Dialect.named("postgresql")).upgradeOf(info)).contains(List.of(sql));
        assertThat(PrerenderedStatements.read(loader, Dialect.named("h2")).size()).isZero();
    }
}
