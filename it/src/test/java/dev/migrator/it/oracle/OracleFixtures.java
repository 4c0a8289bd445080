package dev.migrator.it.oracle;

import java.util.List;

/**
 * The fixtures the oracle compares. A fixture whose comparison fails because of a known
 * processor or dialect bug is left out of the suite ({@link #inSuite}; never disabled) and listed with the exact
 * difference in {@code it/ORACLE.md}, so that the gap stays visible.
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
            Fixture.of(BASE + "indexes"),
            Fixture.of(BASE + "mapped"),
            Fixture.of(BASE + "associations"),
            Fixture.javaxTwinOf(BASE + "legacy", BASE + "tutorial.step4"),
            Fixture.snakeCase(BASE + "snake.shop"),
            Fixture.of(BASE + "inheritance.single"),
            Fixture.of(BASE + "inheritance.joined"),
            Fixture.of(BASE + "inheritance.perclass"),
            Fixture.of(BASE + "embedded"),
            Fixture.of(BASE + "collections"),
            Fixture.of(BASE + "keys"),
            Fixture.of(BASE + "hibernate"),
            Fixture.of(BASE + "validation"),
            Fixture.of(BASE + "ordered"),
            Fixture.of(BASE + "converters"),
            Fixture.of(BASE + "generators"),
            Fixture.of(BASE + "mapkeys"),
            Fixture.of(BASE + "enumkeys"),
            Fixture.of(BASE + "mapkeys2"),
            Fixture.javaxTwinOf(BASE + "mapkeys2javax", BASE + "mapkeys2"),
            Fixture.snakeCase(BASE + "snake.mapkeys"),
            Fixture.of(BASE + "joinoverrides"),
            Fixture.of(BASE + "readonly"),
            Fixture.of(BASE + "generated"),
            Fixture.of(BASE + "crossfragment"),
            Fixture.of(BASE + "options"),
            Fixture.of(BASE + "options.postgresql"),
            Fixture.of(BASE + "refs"),

            Fixture.of(BASE + "schemas"),
            Fixture.snakeCase(BASE + "snake.schemas"));

    /**
     * Realistic domains (issue 3), 104 entities together: library (13), clinic (13), tracker (12),
     * HR/payroll (13), commerce/inventory under snake_case (19), CMS/publishing (15), a shop named as
     * Spring Boot names it (snake_case and Spring's implicit naming, 10), plus the snake_case shop (9)
     * among {@link #FEATURES}.
     */
    public static final List<Fixture> DOMAINS = List.of(
            Fixture.of(BASE + "domain.library"),
            Fixture.of(BASE + "domain.clinic"),
            Fixture.of(BASE + "domain.tracker"),
            Fixture.of(BASE + "domain.hr"),
            Fixture.snakeCase(BASE + "snake.commerce"),
            Fixture.of(BASE + "domain.cms"),
            Fixture.springBoot(BASE + "spring.shop"));

    public static final List<Fixture> ALL =
            java.util.stream.Stream.of(TUTORIAL, FEATURES, DOMAINS).flatMap(List::stream).toList();

    /**
     * Fixture × database comparisons that fail today because of a known bug, each described with
     * its exact difference in {@code it/ORACLE.md}, as {@code fixture name -> database kinds}. They
     * stay out of the suite (instead of being disabled) until fixed; remove the entry to put one
     * back. {@link KnownFailuresTest} checks that every entry names a fixture and still fails.
     * Empty: every fixture matches Hibernate on both databases.
     */
    static final java.util.Map<String, java.util.Set<String>> KNOWN_FAILURES = java.util.Map.of();

    /** The fixture × database pairs left out of the suite, as (fixture, kind). */
    public static java.util.stream.Stream<java.util.Map.Entry<Fixture, String>> knownFailures() {
        return ALL.stream().flatMap(fixture -> KNOWN_FAILURES.getOrDefault(fixture.name(), java.util.Set.of()).stream()
                .sorted()
                .map(kind -> java.util.Map.entry(fixture, kind)));
    }

    /**
     * Fixtures written in one database's SQL, compared on that database only, as {@code fixture name ->
     * database kinds}: JPA 3.2 {@code options} are raw SQL appended to the DDL, and what follows a
     * {@code create table} or an index's column list has no spelling that both H2 and PostgreSQL accept
     * ({@code with (fillfactor=70)}, {@code include (c)}, {@code deferrable} are PostgreSQL's).
     */
    static final java.util.Map<String, java.util.Set<String>> ONLY_ON =
            java.util.Map.of("options.postgresql", java.util.Set.of(TestDatabases.POSTGRESQL));

    /**
     * Whether {@code fixture} on database {@code kind} is in the suite (see {@link #KNOWN_FAILURES} and
     * {@link #ONLY_ON}).
     */
    public static boolean inSuite(Fixture fixture, String kind) {
        java.util.Set<String> only = ONLY_ON.get(fixture.name());
        if (only != null && !only.contains(kind)) {
            return false;
        }
        return !KNOWN_FAILURES.getOrDefault(fixture.name(), java.util.Set.of()).contains(kind);
    }

    private OracleFixtures() {}
}
