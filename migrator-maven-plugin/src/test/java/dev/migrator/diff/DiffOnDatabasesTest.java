package dev.migrator.diff;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.migrator.dialect.Dialect;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differ's order is right for real databases, not only for the in-memory replay: every
 * scenario's diff, and its downgrade, runs on H2 and on PostgreSQL after the "before" schema was
 * built by a diff from the empty schema.
 */
class DiffOnDatabasesTest {
    /** Scenarios whose "after" no database accepts: a foreign key to columns that are no longer a key. */
    private static final Set<String> NOT_A_DATABASE_SCHEMA = Set.of("primary key columns change", "drop primary key");

    static EmbeddedPostgres postgres;
    static int database;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().stream().filter(s -> !NOT_A_DATABASE_SCHEMA.contains(s.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void appliesOnH2(Scenarios.Scenario s) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:diff" + (++database), "sa", "")) {
            roundTrip(c, Dialect.named("h2"), s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void appliesOnPostgres(Scenarios.Scenario s) throws Exception {
        String name = "diff" + (++database);
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
            st.execute("create database " + name);
        }
        try (Connection c = postgres.getDatabase("postgres", name).getConnection()) {
            roundTrip(c, Dialect.named("postgresql"), s);
        }
    }

    private static void roundTrip(Connection c, Dialect dialect, Scenarios.Scenario s) {
        List<Operation> up = SchemaDiffer.diff(s.before(), s.after());
        assertThatCode(() -> {
            run(c, dialect, SchemaDiffer.diff(Schema.EMPTY, s.before()));
            run(c, dialect, up);
            run(c, dialect, SchemaDifferTest.reverse(up));
            run(c, dialect, up);
        }).as(s.name()).doesNotThrowAnyException();
    }

    private static void run(Connection c, Dialect dialect, List<Operation> ops) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Operation op : ops) {
                for (String sql : dialect.sql(op)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  statement: " + sql + "\n  operation: " + op, e);
                    }
                }
            }
        }
    }
}
