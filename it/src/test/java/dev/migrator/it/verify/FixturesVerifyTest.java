package dev.migrator.it.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.it.oracle.Fixture;
import dev.migrator.it.oracle.FixtureSnapshots;
import dev.migrator.it.oracle.OracleFixtures;
import dev.migrator.it.oracle.TestDatabases;
import dev.migrator.model.Schema;
import dev.migrator.verify.SpringImplicitNaming;
import dev.migrator.verify.Verification;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code migrator:verify} on every oracle fixture: where the oracle proves our migrations equal to
 * Hibernate's export on a real database, verify (Hibernate's metamodel booted offline) must find no
 * difference either, or it would cry wolf on users' models. Bean Validation is applied, as for a project
 * that has a provider (the oracle's export applies it too).
 */
class FixturesVerifyTest {

    static Stream<Arguments> fixtures() {
        return OracleFixtures.ALL.stream()
                .flatMap(fixture -> Stream.of(TestDatabases.H2, TestDatabases.POSTGRESQL)
                        .filter(kind -> OracleFixtures.inSuite(fixture, kind))
                        .map(kind -> Arguments.of(Named.of(fixture.name(), fixture), kind)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void verifyFindsNoDifferenceWhereTheOracleFindsNone(Fixture fixture, String kind) throws Exception {
        Schema schema = FixtureSnapshots.schema(fixture, kind);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Verification result = Verification.run(schema, fixture.naming(),
                SpringImplicitNaming.strategyFor(fixture.implicitNaming(), loader), Dialect.named(kind), loader,
                fixture.hibernateEntityClasses(), Map.of(), true);
        assertThat(result.differences()).as("%s on %s", fixture.name(), kind).isEmpty();
    }
}
