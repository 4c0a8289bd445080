package dev.migrator.it.oracle;

import java.util.List;

/**
 * The fixtures the oracle compares. A fixture whose comparison fails because of a known
 * processor or dialect bug is left out of {@link #ALL} (never disabled) and listed with the exact
 * difference in {@code /work/scratch/oracle-failures.md}, so that the gap stays visible.
 */
public final class OracleFixtures {
    private static final String BASE = "dev.migrator.it.fixtures.";

    /** The tutorial of issue 2, one package per step, in order. */
    public static final List<Fixture> TUTORIAL = List.of(
            Fixture.of(BASE + "tutorial.step1"),
            Fixture.of(BASE + "tutorial.step2"),
            Fixture.of(BASE + "tutorial.step3"),
            Fixture.of(BASE + "tutorial.step4"));

    public static final List<Fixture> FEATURES = List.of(
            Fixture.of(BASE + "types"),
            Fixture.of(BASE + "ids"),
            Fixture.of(BASE + "enums"),
            Fixture.of(BASE + "indexes"));

    public static final List<Fixture> ALL =
            java.util.stream.Stream.concat(TUTORIAL.stream(), FEATURES.stream()).toList();

    private OracleFixtures() {}
}
