package dev.migrator.it.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.dialect.Dialect;
import dev.migrator.it.oracle.Fixture;
import dev.migrator.it.oracle.FixtureSnapshots;
import dev.migrator.it.oracle.OracleFixtures;
import dev.migrator.model.Schema;
import dev.migrator.verify.SchemaFacts;
import dev.migrator.verify.SnapshotFacts;
import dev.migrator.verify.Verification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code migrator:verify}'s comparison, on the options fixtures: Hibernate's metamodel (booted
 * offline, no database) has the same JPA 3.2 {@code options} facts as our snapshot, for every
 * annotation; and the facts are there to compare, so a missing option would show as a difference.
 * Offline, so the PostgreSQL-only fixture is verified against both dialects too.
 */
class OptionsVerifyTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void hibernateAndTheSnapshotAgreeOnEveryOption(String kind) throws Exception {
        for (String name : List.of("options", "options.postgresql")) {
            Fixture fixture = OracleFixtures.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            Schema schema = FixtureSnapshots.schema(fixture, kind);
            Verification result = Verification.run(schema, fixture.naming(), Dialect.named(kind),
                    Thread.currentThread().getContextClassLoader(), fixture.hibernateEntityClasses(), Map.of(), false);
            assertThat(result.differences()).as("%s on %s", name, kind).isEmpty();
            assertThat(options(SnapshotFacts.describe(schema, Dialect.named(kind))))
                    .as("options facts of %s", name)
                    .hasSize(name.equals("options") ? 16 : 8);
        }
    }

    private static List<String> options(SchemaFacts facts) {
        return facts.subjects().entrySet().stream()
                .filter(e -> e.getValue().containsKey("options"))
                .map(e -> e.getKey() + " = " + e.getValue().get("options"))
                .toList();
    }
}
