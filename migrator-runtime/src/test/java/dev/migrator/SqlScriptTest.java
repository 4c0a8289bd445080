package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialect;
import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.fixtures.V0004_ConcurrentIndex;
import dev.migrator.testing.IndexClassLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline script: made without a database, it does what migrate does, history included. */
class SqlScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void theScriptAppliedByHandLeavesTheDatabaseWhereMigrateWould(String kind) throws SQLException {
        Dialect dialect = MigratorTest.dialectOf(kind);
        Migrator offline = Migrator.configure().dialect(dialect).load();
        String script = offline.sql("base", "head");
        assertThat(script).isEqualTo(offline.sql("0", "head")).contains("-- upgrade 0002_create_address: create address");
        assertThat(offline.sql("0002_create_address", "head")).doesNotContain("0001_create_user")
                .contains("0003_add_email");
        assertThat(script.contains("begin;\n")).isEqualTo(dialect.transactionalDdl());
        assertThatThrownBy(offline::migrate).hasMessageContaining("no database configured");

        DataSource db = MigratorTest.database(kind);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n")) {
                String withoutComments = sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                if (!withoutComments.isBlank()) {
                    statement.execute(withoutComments);
                }
            }
        }
        Migrator migrator = MigratorTest.migrator(db);
        assertThat(migrator.validate().isValid()).isTrue();
        assertThat(migrator.status().current()).containsExactly("0003_add_email");
        assertThat(migrator.migrate()).isEmpty();
        assertThat(migrator.downgradeTo("base")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void javaStepsAreNamedWhereTheyCannotBeRendered(String name) {
        Migrator offline = Migrator.configure().dialect(Dialect.named(name))
                .classLoader(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class,
                        V0003_AddEmail.class, V0004_ConcurrentIndex.class))
                .load();
        String script = offline.sql("0003_add_email", "head");
        assertThat(script).contains("-- NOT RENDERED: Java step \"let a waiter arrive\" of 0004_concurrent_index")
                .contains("create index concurrently ix_user_name")
                .doesNotContain("begin;");
    }
}
