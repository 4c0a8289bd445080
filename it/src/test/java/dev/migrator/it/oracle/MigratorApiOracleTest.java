package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.MigrationIndex;
import dev.migrator.Migrator;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime API as an application uses it at start-up ({@code Migrator.configure()…load()}),
 * on H2 and on PostgreSQL, with the tutorial's generated migrations compiled and indexed the way
 * {@code make} leaves them: migrate to a target, to the head, downgrade one step, to base, and up
 * again — and at every stop the database equals Hibernate's export of that tutorial step.
 */
class MigratorApiOracleTest {

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void tutorialThroughTheMigratorApi(String kind) throws Exception {
        List<Fixture> steps = OracleFixtures.TUTORIAL;
        try (URLClassLoader migrations = compiledChain(steps, kind)) {
            Database database = TestDatabases.create(kind, "api_tutorial");
            Migrator migrator = Migrator.configure()
                    .url(database.url(), database.user(), database.password())
                    .classLoader(migrations)
                    .load();

            assertThat(migrator.migrate(GeneratedMigration.revisionId(2)))
                    .containsExactly(GeneratedMigration.revisionId(1), GeneratedMigration.revisionId(2));
            ProcessorOracleTest.assertSameAsHibernate(steps.get(1), kind, database);

            assertThat(migrator.migrate()).hasSize(2);
            ProcessorOracleTest.assertSameAsHibernate(steps.get(3), kind, database);
            assertThat(migrator.migrate()).as("nothing left to apply").isEmpty();

            assertThat(migrator.downgrade(1)).containsExactly(GeneratedMigration.revisionId(4));
            ProcessorOracleTest.assertSameAsHibernate(steps.get(2), kind, database);

            assertThat(migrator.downgradeTo("base")).hasSize(3);
            OracleAssertions.assertSameSchema("tutorial at base through the Migrator API",
                    new SchemaDescription(List.of()), SchemaIntrospector.describe(database));

            assertThat(migrator.migrate()).hasSize(4);
            ProcessorOracleTest.assertSameAsHibernate(steps.get(3), kind, database);
        }
    }

    /** The tutorial's migrations, one per step, compiled into a directory with the index {@code make} writes. */
    private static URLClassLoader compiledChain(List<Fixture> steps, String kind) throws MalformedURLException {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> index = new ArrayList<>();
        Schema previous = Schema.EMPTY;
        for (int i = 0; i < steps.size(); i++) {
            Schema next = FixtureSnapshots.schema(steps.get(i), kind);
            String source = GeneratedMigration.render(steps.get(i).name(), i + 1, SchemaDiffer.diff(previous, next));
            String className = GeneratedMigration.qualifiedClassName(i + 1);
            sources.put(className.substring(className.lastIndexOf('.') + 1), source);
            index.add(className);
            previous = next;
        }
        Path root = GeneratedMigration.compile("the tutorial chain", sources);
        try {
            Path indexFile = root.resolve(MigrationIndex.RESOURCE);
            Files.createDirectories(indexFile.getParent());
            Files.write(indexFile, index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, MigratorApiOracleTest.class.getClassLoader());
    }
}
