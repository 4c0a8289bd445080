package dev.migrator.it.oracle;

import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tutorial of issue 2 with hand-built models: the differ and the dialects against Hibernate,
 * independent of the processor. Each step from scratch, then the whole evolution applied step by
 * step to one database (what {@code migrate} does after each {@code make}), compared with a fresh
 * Hibernate export at every step, and Hibernate's {@code validate} on ours.
 */
class HandBuiltTutorialOracleTest {

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void everyStepFromScratchMatchesHibernate(String kind) {
        List<Schema> steps = HandBuiltTutorial.steps();
        for (int i = 0; i < steps.size(); i++) {
            Fixture fixture = OracleFixtures.TUTORIAL.get(i);
            Database ours = TestDatabases.create(kind, "hand_" + fixture.name());
            MigrationApplier.apply(ours, SchemaDiffer.diff(Schema.EMPTY, steps.get(i)));
            compareWithHibernate(kind, fixture, ours);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void stepByStepEvolutionMatchesHibernateAtEveryStep(String kind) {
        Database ours = TestDatabases.create(kind, "hand_evolution");
        Schema previous = Schema.EMPTY;
        List<Schema> steps = HandBuiltTutorial.steps();
        for (int i = 0; i < steps.size(); i++) {
            MigrationApplier.apply(ours, SchemaDiffer.diff(previous, steps.get(i)));
            compareWithHibernate(kind, OracleFixtures.TUTORIAL.get(i), ours);
            previous = steps.get(i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void downgradingEveryStepLeavesAnEmptySchema(String kind) {
        Database ours = TestDatabases.create(kind, "hand_downgrade");
        Schema previous = Schema.EMPTY;
        List<List<dev.migrator.operation.Operation>> applied = new java.util.ArrayList<>();
        for (Schema step : HandBuiltTutorial.steps()) {
            List<dev.migrator.operation.Operation> operations = SchemaDiffer.diff(previous, step);
            MigrationApplier.apply(ours, operations);
            applied.add(operations);
            previous = step;
        }
        for (int i = applied.size() - 1; i >= 0; i--) {
            List<dev.migrator.operation.Operation> reverse = new java.util.ArrayList<>();
            applied.get(i).forEach(op -> reverse.add(0, op.reverse()));
            MigrationApplier.apply(ours, reverse);
            if (i > 0) {
                compareWithHibernate(kind, OracleFixtures.TUTORIAL.get(i - 1), ours);
            }
        }
        OracleAssertions.assertSameSchema("tutorial downgraded to base", new SchemaDescription(List.of()),
                SchemaIntrospector.describe(ours));
    }

    private static void compareWithHibernate(String kind, Fixture fixture, Database ours) {
        Database hibernate = TestDatabases.create(kind, "hibernate_" + fixture.name());
        HibernateSchemaTool.export(hibernate, fixture.hibernateEntityClasses(), fixture.naming());
        OracleAssertions.assertSameSchema(fixture + " on " + kind + " (hand-built model)",
                SchemaIntrospector.describe(hibernate), SchemaIntrospector.describe(ours));
        HibernateSchemaTool.validate(ours, fixture.hibernateEntityClasses(), fixture.naming());
    }
}
