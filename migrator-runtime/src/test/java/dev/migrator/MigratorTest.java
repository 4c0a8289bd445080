package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialect;
import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0001_CreateUserEdited;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.fixtures.V0004_Broken;
import dev.migrator.fixtures.V0004_Fixed;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import dev.migrator.testing.IndexClassLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Migrator API end to end on in-memory H2, file H2 and embedded PostgreSQL. */
class MigratorTest {
    static final List<String> CHAIN = List.of("0001_create_user", "0002_create_address", "0003_add_email");

    static DataSource database(String kind) {
        return switch (kind) {
            case "h2-mem" -> Databases.freshH2();
            case "h2-file" -> {
                try {
                    Path dir = Files.createTempDirectory("migrator-h2");
                    yield Databases.h2("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> Databases.freshPostgres();
        };
    }

    static Migrator migrator(DataSource db) {
        return Migrator.configure().dataSource(db).load();
    }

    static Migrator migrator(DataSource db, Class<?>... chain) {
        return Migrator.configure().dataSource(db).classLoader(IndexClassLoader.of(chain)).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "h2-file", "postgresql"})
    void appliesTheChainOnceAndASecondRunDoesNothing(String kind) {
        DataSource db = database(kind);
        Migrator migrator = migrator(db);
        Catalog catalog = new Catalog(db, migrator.dialect());

        assertThat(migrator.status().pending()).extracting(MigrationInfo::id).containsExactlyElementsOf(CHAIN);
        assertThat(migrator.migrate()).containsExactlyElementsOf(CHAIN);

        assertThat(catalog.hasTable("user")).isTrue();
        assertThat(catalog.column("user", "name")).contains("(200)");
        assertThat(catalog.column("user", "email")).contains("(255)");
        assertThat(catalog.foreignKeys("address")).hasSize(1);
        assertThat(catalog.hasSequence("user_seq")).isTrue();
        MigrationStatus status = migrator.status();
        assertThat(status.current()).containsExactly("0003_add_email");
        assertThat(status.pending()).isEmpty();
        assertThat(status.applied()).extracting(AppliedMigration::id).containsExactlyElementsOf(CHAIN);
        assertThat(status.applied()).extracting(AppliedMigration::installOrder).containsExactly(1, 2, 3);
        assertThat(status.applied()).allMatch(a -> a.state().equals("applied") && a.checksum().length() == 64);
        assertThat(status.applied().get(1).parents()).containsExactly("0001_create_user");
        assertThat(status.problems().isValid()).isTrue();

        assertThat(migrator(db).migrate()).isEmpty();
        assertThat(migrator.history()).extracting(MigrationInfo::id)
                .containsExactly("0003_add_email", "0002_create_address", "0001_create_user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "h2-file", "postgresql"})
    void downgradesToBaseAndUpAgain(String kind) {
        DataSource db = database(kind);
        Migrator migrator = migrator(db);
        Catalog catalog = new Catalog(db, migrator.dialect());
        migrator.migrate();

        assertThat(migrator.downgrade(1)).containsExactly("0003_add_email");
        assertThat(catalog.columns("user")).doesNotContainKey(catalog.stored("email"));
        assertThat(catalog.column("user", "name")).contains("(100)");
        assertThat(migrator.status().current()).containsExactly("0002_create_address");

        assertThat(migrator.downgradeTo("base")).containsExactly("0002_create_address", "0001_create_user");
        assertThat(catalog.hasTable("user")).isFalse();
        assertThat(catalog.hasTable("address")).isFalse();
        assertThat(catalog.hasSequence("user_seq")).isFalse();
        assertThat(migrator.status().applied()).isEmpty();
        assertThat(migrator.status().current()).isEmpty();

        assertThat(migrator.migrate("0002_create_address")).containsExactly("0001_create_user", "0002_create_address");
        assertThat(migrator.status().pending()).extracting(MigrationInfo::id).containsExactly("0003_add_email");
        assertThat(migrator.migrate()).containsExactly("0003_add_email");
        assertThat(migrator.downgradeTo("0001_create_user")).containsExactly("0003_add_email", "0002_create_address");
        assertThat(catalog.hasTable("user")).isTrue();
        assertThat(catalog.hasTable("address")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "h2-file", "postgresql"})
    void aFailingMigrationIsReportedAndNeverRecordedAsApplied(String kind) throws SQLException {
        DataSource db = database(kind);
        Migrator broken = migrator(db, V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class,
                V0004_Broken.class);
        Catalog catalog = new Catalog(db, broken.dialect());

        assertThatThrownBy(broken::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("0004_broken")
                .hasMessageContaining("insert into no_such_table values (1)")
                .satisfies(e -> {
                    assertThat(((MigrationException) e).migrationId()).isEqualTo("0004_broken");
                    assertThat(((MigrationException) e).sql()).isEqualTo("insert into no_such_table values (1)");
                });
        List<AppliedMigration> rows = broken.status().applied();
        assertThat(rows.stream().filter(AppliedMigration::isApplied).map(AppliedMigration::id)).containsExactlyElementsOf(CHAIN);

        Migrator fixed = migrator(db, V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class,
                V0004_Fixed.class);
        if (broken.dialect().transactionalDdl()) {
            // PostgreSQL: the first statement was rolled back with the failing one; a rerun just works.
            assertThat(rows).hasSize(3);
            assertThat(catalog.columns("user")).doesNotContainKey("nickname");
            assertThat(fixed.migrate()).containsExactly("0004_broken");
        } else {
            // H2 committed the first statement: the in_progress mark stops every run until repaired.
            assertThat(rows).hasSize(4);
            assertThat(rows.get(3).state()).isEqualTo("in_progress");
            assertThat(catalog.columns("user")).containsKey("NICKNAME");
            assertThat(fixed.validate().errors()).singleElement().asString()
                    .contains("0004_broken", "in_progress", "repair");
            assertThatThrownBy(fixed::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("0004_broken").hasMessageContaining("migrator:repair");
            assertThat(fixed.repair()).containsExactly("0004_broken");
            execute(db, "alter table \"user\" drop column nickname");
            assertThat(fixed.migrate()).containsExactly("0004_broken");
        }
        assertThat(fixed.status().current()).containsExactly("0004_broken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void anEditedAppliedMigrationIsRefused(String kind) {
        DataSource db = database(kind);
        migrator(db).migrate();
        Migrator edited = migrator(db, V0001_CreateUserEdited.class, V0002_CreateAddress.class, V0003_AddEmail.class);

        assertThat(edited.validate().errors()).singleElement().asString()
                .contains("0001_create_user", V0001_CreateUserEdited.class.getName(), "changed");
        assertThatThrownBy(edited::migrate).isInstanceOf(MigrationException.class)
                .hasMessageContaining("0001_create_user").hasMessageContaining("changed after it was applied");
        assertThatThrownBy(() -> edited.downgrade(1)).isInstanceOf(MigrationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void anAppliedMigrationTheCodeDoesNotKnowIsAWarningOrInStrictModeAnError(String kind) {
        DataSource db = database(kind);
        migrator(db).migrate();
        List<String> warnings = new ArrayList<>();
        Migrator behind = Migrator.configure().dataSource(db).warnings(warnings::add)
                .classLoader(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class)).load();

        assertThat(behind.migrate()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("0003_add_email", "not in the migration index");
        Migrator strict = Migrator.configure().dataSource(db).strict(true)
                .classLoader(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class)).load();
        assertThatThrownBy(strict::migrate).hasMessageContaining("0003_add_email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void baselineRecordsAnExistingSchemaWithoutRunningIt(String kind) throws SQLException {
        DataSource db = database(kind);
        migrator(db).migrate("0002_create_address");
        execute(db, "drop table migrator_history");

        Migrator migrator = migrator(db);
        assertThat(migrator.baseline("0002_create_address")).containsExactly("0001_create_user", "0002_create_address");
        assertThat(migrator.status().applied()).extracting(AppliedMigration::state).containsOnly("baseline");
        assertThat(migrator.migrate()).containsExactly("0003_add_email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void aMigrationAppliedWithoutItsParentIsReportedAsOutOfOrder(String kind) throws SQLException {
        DataSource db = database(kind);
        Migrator migrator = migrator(db);
        migrator.migrate();
        execute(db, "delete from migrator_history where id = '0002_create_address'");

        assertThat(migrator.validate().errors()).singleElement().asString()
                .contains("0003_add_email", "0002_create_address", "out of order");
        assertThatThrownBy(migrator::migrate).hasMessageContaining("out of order");
        // Nothing applied follows 0001 any more: the history has two loose ends.
        assertThat(migrator.status().current()).containsExactly("0001_create_user", "0003_add_email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void aMergeMigrationJoinsTwoBranches(String kind) {
        DataSource db = database(kind);
        Migrator migrator = migrator(db, dev.migrator.fixtures.V0003_Merge.class, V0001_CreateUser.class,
                dev.migrator.fixtures.V0002b_Branch.class, V0002_CreateAddress.class);

        assertThat(migrator.history()).extracting(MigrationInfo::id)
                .containsExactly("0003_merge", "0002_create_address", "0002_add_age", "0001_create_user");
        assertThat(migrator.migrate("0002_add_age")).containsExactly("0001_create_user", "0002_add_age");
        assertThat(migrator.migrate()).containsExactly("0002_create_address", "0003_merge");
        assertThat(migrator.status().current()).containsExactly("0003_merge");
        assertThat(migrator.downgrade(1)).containsExactly("0003_merge");
        assertThat(migrator.status().current()).containsExactlyInAnyOrder("0002_create_address", "0002_add_age");
        assertThat(migrator.downgradeTo("0002_create_address")).containsExactly("0002_add_age");
    }

    static void execute(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static Dialect dialectOf(String kind) {
        return Dialect.named(kind.startsWith("h2") ? "h2" : "postgresql");
    }
}
