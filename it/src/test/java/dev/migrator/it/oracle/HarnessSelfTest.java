package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Proves the oracle itself can be trusted: the same Hibernate export twice describes identically
 * (nothing order- or run-dependent leaks into a description), and a one-facet difference in a
 * hand-written schema is caught and reported as a readable line.
 */
class HarnessSelfTest {

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of(TestDatabases.H2), Arguments.of(TestDatabases.POSTGRESQL));
    }

    /**
     * Fixtures where the databases invent names (unnamed uniques and checks, join-table keys,
     * constraint-backing indexes): where a run- or order-dependent name would show first.
     */
    static final java.util.List<String> NAME_SENSITIVE = java.util.List.of(
            "tutorial.step2", "enums", "indexes", "types", "domain.clinic");

    @ParameterizedTest
    @MethodSource("kinds")
    void hibernateExportIsDescribedTheSameTwice(String kind) {
        for (Fixture fixture : OracleFixtures.ALL.stream().filter(f -> NAME_SENSITIVE.contains(f.name())).toList()) {
            Database first = TestDatabases.create(kind, "self_a");
            Database second = TestDatabases.create(kind, "self_b");
            HibernateSchemaTool.export(first, fixture.hibernateEntityClasses(), fixture.naming());
            HibernateSchemaTool.export(second, fixture.hibernateEntityClasses(), fixture.naming());
            SchemaDescription a = SchemaIntrospector.describe(first);
            OracleAssertions.assertSameSchema(fixture.name(), a, SchemaIntrospector.describe(second));
            assertThat(a.lines()).as(fixture.name()).anyMatch(l -> l.contains(": column "));
        }
    }

    @org.junit.jupiter.api.Test
    void valueListsInChecksAreComparedAsSortedListsOnly() {
        assertThat(SchemaIntrospector.sortedValueLists("\"KIND\" IN('Van', 'CAR', 'Truck')"))
                .isEqualTo("\"KIND\" IN('CAR', 'Truck', 'Van')");
        assertThat(SchemaIntrospector.sortedValueLists(
                        "CHECK (((kind)::text = ANY ((ARRAY['b'::character varying, 'a'::character varying])::text[])))"))
                .isEqualTo("CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))");
        assertThat(SchemaIntrospector.sortedValueLists("(\"AGE\" <= 130) AND (\"AGE\" >= 13)"))
                .as("anything that is not a value list stays as it is")
                .isEqualTo("(\"AGE\" <= 130) AND (\"AGE\" >= 13)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWiderColumnIsReportedAsOneChangedLine(String kind) throws Exception {
        Fixture step1 = Fixture.of("dev.migrator.it.fixtures.tutorial.step1");
        Database hibernate = TestDatabases.create(kind, "self_h");
        HibernateSchemaTool.export(hibernate, step1.entityClasses(), step1.naming());
        Database handWritten = TestDatabases.create(kind, "self_w");
        HibernateSchemaTool.export(handWritten, step1.entityClasses(), step1.naming());
        try (Connection connection = handWritten.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("alter table \"user\" alter column nickname "
                    + (kind.equals(TestDatabases.H2) ? "set data type" : "type") + " varchar(60)");
        }

        assertThatThrownBy(() -> OracleAssertions.assertSameSchema("step1",
                        SchemaIntrospector.describe(hibernate), SchemaIntrospector.describe(handWritten)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContainingAll("- table user: column", "(50,0)", "+ table user: column", "(60,0)");
    }

    /**
     * Every schema but the databases' own is described: an extra empty schema is a difference, a
     * table in a schema is named with it, and a key into another schema names the referenced table
     * with its schema.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void schemasAreDescribedAndAnExtraOneIsADifference(String kind) throws Exception {
        Database expected = TestDatabases.create(kind, "schema_a");
        Database actual = TestDatabases.create(kind, "schema_b");
        for (Database database : java.util.List.of(expected, actual)) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema sales");
                statement.execute("create table customer (id integer primary key)");
                statement.execute("create table sales.orders (id integer primary key, customer_id integer,"
                        + " constraint fk_customer foreign key (customer_id) references "
                        + database.defaultSchema() + ".customer (id))");
                statement.execute("create sequence sales.order_seq");
            }
        }
        try (Connection connection = actual.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema archive");
        }
        SchemaDescription a = SchemaIntrospector.describe(expected);
        String storedSales = expected.isH2() ? "SALES" : "sales";
        String orders = expected.isH2() ? "ORDERS" : "orders";
        String customer = expected.isH2() ? "CUSTOMER" : "customer";
        assertThat(a.lines()).contains("schema " + storedSales + ": exists",
                "table " + storedSales + "." + orders + ": exists");
        assertThat(a.lines()).anyMatch(l -> l.startsWith("table " + storedSales + "." + orders + ": foreign key")
                && l.contains("references " + customer + " "));
        assertThat(a.lines()).anyMatch(l -> l.startsWith("sequence " + storedSales + "."));
        assertThatThrownBy(() -> OracleAssertions.assertSameSchema("extra schema", a, SchemaIntrospector.describe(actual)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("+ schema " + (expected.isH2() ? "ARCHIVE" : "archive") + ": exists");
    }
}
