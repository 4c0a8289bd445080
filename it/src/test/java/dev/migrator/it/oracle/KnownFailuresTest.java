package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the list of known oracle failures ({@code OracleFixtures.KNOWN_FAILURES}) honest: every
 * entry names a fixture of the suite and a database, and every comparison left out of the suite
 * must still fail. When a fix makes one pass, this test fails and says to put it back in the suite.
 * The list may be empty (it is today); then only the first check has anything to look at.
 */
class KnownFailuresTest {

    @Test
    void everyEntryNamesAFixtureOfTheSuiteAndADatabase() {
        assertThat(OracleFixtures.KNOWN_FAILURES.keySet())
                .as("fixture names in OracleFixtures.KNOWN_FAILURES")
                .isSubsetOf(OracleFixtures.ALL.stream().map(Fixture::name).toList());
        OracleFixtures.KNOWN_FAILURES.forEach((fixture, kinds) -> assertThat(kinds)
                .as("databases of known failure %s", fixture)
                .isNotEmpty()
                .isSubsetOf(TestDatabases.H2, TestDatabases.POSTGRESQL));
    }

    @TestFactory
    Stream<DynamicTest> everyKnownFailureStillFails() {
        return OracleFixtures.knownFailures().map(entry -> DynamicTest.dynamicTest(
                entry.getKey().name() + " on " + entry.getValue() + " still differs from Hibernate",
                () -> stillFails(entry.getKey(), entry.getValue())));
    }

    private static void stillFails(Fixture fixture, String kind) {
        assertThatThrownBy(() -> {
                    Database ours = TestDatabases.create(kind, "known_" + fixture.name());
                    MigrationApplier.apply(ours, SchemaDiffer.diff(Schema.EMPTY, FixtureSnapshots.schema(fixture, kind)));
                    ProcessorOracleTest.assertSameAsHibernate(fixture, kind, ours);
                })
                .as("%s on %s now matches Hibernate: remove it from OracleFixtures.KNOWN_FAILURES"
                        + " and from it/ORACLE.md", fixture, kind)
                .isInstanceOf(AssertionError.class);
    }
}
