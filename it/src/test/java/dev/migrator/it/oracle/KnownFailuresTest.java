package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the list of known oracle failures honest: every comparison left out of the suite must
 * still fail. When a fix makes one pass, this test fails and says to put it back in the suite.
 */
class KnownFailuresTest {

    static Stream<Arguments> knownFailures() {
        return OracleFixtures.knownFailures()
                .map(e -> Arguments.of(Named.of(e.getKey().name(), e.getKey()), e.getValue()));
    }

    @ParameterizedTest(name = "{0} on {1} still differs from Hibernate")
    @MethodSource("knownFailures")
    void stillFails(Fixture fixture, String kind) {
        assertThatThrownBy(() -> {
                    Database ours = TestDatabases.create(kind, "known_" + fixture.name());
                    MigrationApplier.apply(ours, SchemaDiffer.diff(Schema.EMPTY, FixtureSnapshots.schema(fixture)));
                    ProcessorOracleTest.assertSameAsHibernate(fixture, kind, ours);
                })
                .as("%s on %s now matches Hibernate: remove it from OracleFixtures.KNOWN_FAILURES"
                        + " and from /work/scratch/oracle-failures.md", fixture, kind)
                .isInstanceOf(AssertionError.class);
    }
}
