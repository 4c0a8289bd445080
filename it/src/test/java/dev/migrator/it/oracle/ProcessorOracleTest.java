package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the oracle (DESIGN.md §1.4): for every fixture, on H2 and on PostgreSQL, the
 * schema Hibernate exports for the fixture's entities equals the schema our pipeline creates —
 * processor snapshot, assembled, diffed from an empty model, rendered to Java, compiled, recorded
 * and applied through the dialect — and Hibernate's {@code validate} accepts ours.
 */
class ProcessorOracleTest {

    /**
     * Every fixture on each database it is in the suite for; {@code -Doracle.fixtures=options,ids}
     * (fixture names, comma-separated) runs only those while one works on them.
     */
    static Stream<Arguments> fixturesOnBothDatabases() {
        String only = System.getProperty("oracle.fixtures", "").strip();
        List<String> selected = only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*"));
        return OracleFixtures.ALL.stream()
                .filter(fixture -> selected.isEmpty() || selected.contains(fixture.name()))
                .flatMap(fixture -> Stream.of(TestDatabases.H2, TestDatabases.POSTGRESQL)
                .filter(kind -> OracleFixtures.inSuite(fixture, kind))
                .map(kind -> Arguments.of(Named.of(fixture.name(), fixture), kind)));
    }

    static Stream<String> kinds() {
        return Stream.of(TestDatabases.H2, TestDatabases.POSTGRESQL);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixturesOnBothDatabases")
    void ourMigrationCreatesHibernatesSchema(Fixture fixture, String kind) {
        List<Operation> operations = SchemaDiffer.diff(Schema.EMPTY, FixtureSnapshots.schema(fixture, kind));
        GeneratedMigration migration = GeneratedMigration.of(fixture.name(), 1, operations);
        assertThat(migration.upgrade()).as("operations recorded from the generated code").isEqualTo(operations);

        Database ours = TestDatabases.create(kind, "ours_" + fixture.name());
        MigrationApplier.apply(ours, migration.upgrade());
        assertSameAsHibernate(fixture, kind, ours);

        MigrationApplier.apply(ours, migration.downgrade());
        OracleAssertions.assertSameSchema(fixture + " downgraded", new SchemaDescription(List.of()),
                SchemaIntrospector.describe(ours));
    }

    /**
     * The tutorial as a user lives it: after each step's {@code make}, {@code migrate} applies only
     * the new migration to the same database, which must then equal Hibernate's export of that
     * step; then downgrading one migration at a time goes back through every step to empty.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void tutorialStepByStepThenDownToBase(String kind) {
        Database ours = TestDatabases.create(kind, "ours_tutorial");
        Schema previous = Schema.EMPTY;
        List<GeneratedMigration> chain = new ArrayList<>();
        for (Fixture step : OracleFixtures.TUTORIAL) {
            Schema next = FixtureSnapshots.schema(step, kind);
            GeneratedMigration migration = GeneratedMigration.of(step.name(), chain.size() + 1, SchemaDiffer.diff(previous, next));
            assertThat(migration.upgrade()).as("%s changes something", step).isNotEmpty();
            MigrationApplier.apply(ours, migration.upgrade());
            assertSameAsHibernate(step, kind, ours);
            chain.add(migration);
            previous = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            MigrationApplier.apply(ours, chain.get(i).downgrade());
            if (i > 0) {
                assertSameAsHibernate(OracleFixtures.TUTORIAL.get(i - 1), kind, ours);
            }
        }
        OracleAssertions.assertSameSchema("tutorial downgraded to base", new SchemaDescription(List.of()),
                SchemaIntrospector.describe(ours));
    }

    static void assertSameAsHibernate(Fixture fixture, String kind, Database ours) {
        Database hibernate = TestDatabases.create(kind, "hibernate_" + fixture.name());
        HibernateSchemaTool.export(hibernate, fixture.hibernateEntityClasses(), fixture.naming(), fixture.implicitNaming());
        OracleAssertions.assertSameSchema(fixture + " on " + kind,
                SchemaIntrospector.describe(hibernate), SchemaIntrospector.describe(ours));
        HibernateSchemaTool.validate(ours, fixture.hibernateEntityClasses(), fixture.naming(), fixture.implicitNaming());
    }
}
