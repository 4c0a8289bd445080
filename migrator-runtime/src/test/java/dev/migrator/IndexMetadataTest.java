package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0001_CreateUserEdited;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.testing.RecordingClassLoader;
import dev.migrator.testing.RecordingDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build-time metadata of the migration index (decision D3): with it, a start-up that has
 * nothing to do loads no migration class; classes are loaded only for migrations that run, and
 * to tell an edited migration from a stale index.
 */
class IndexMetadataTest {

    /** The index line {@code migrator:index} writes for {@code type}. */
    private static String enriched(Class<?> type) {
        return IndexEntry.of(MigrationLoader.describe(type.getName(), IndexMetadataTest.class.getClassLoader(), "test"))
                .line();
    }

    private static List<String> enriched(Class<?>... types) {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : types) {
            lines.add(enriched(type));
        }
        return lines;
    }

    private static Migrator migrator(DataSource db, ClassLoader loader, List<String> warnings) {
        return Migrator.configure().dataSource(db).classLoader(loader).warnings(warnings::add).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void aNoOpStartUpWithFullMetadataLoadsNoMigrationClassTakesNoLockAndRunsOneQuery(String kind) {
        DataSource db = MigratorTest.database(kind);
        MigratorTest.migrator(db).migrate();

        RecordingClassLoader loader = new RecordingClassLoader(
                enriched(V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class));
        RecordingDataSource recording = new RecordingDataSource(db);
        List<String> warnings = new ArrayList<>();
        Migrator migrator = migrator(recording.dataSource, loader, warnings);

        assertThat(migrator.migrate()).isEmpty();
        assertThat(migrator.status().pending()).isEmpty();
        assertThat(migrator.history()).extracting(MigrationInfo::description)
                .containsExactly("add email, widen name", "create address", "create user");
        assertThat(loader.requested).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(recording.connections.get()).isEqualTo(2);
        assertThat(recording.statements).hasSize(2).allMatch(sql -> sql.startsWith("select install_order"));
    }

    @Test
    void onlyTheMigrationsThatRunAreLoaded() {
        DataSource db = MigratorTest.database("h2-mem");
        MigratorTest.migrator(db, V0001_CreateUser.class).migrate();

        RecordingClassLoader loader = new RecordingClassLoader(
                enriched(V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class));
        Migrator migrator = migrator(db, loader, new ArrayList<>());
        assertThat(migrator.migrate()).containsExactly("0002_create_address", "0003_add_email");
        assertThat(loader.requested).containsExactlyInAnyOrder(
                V0002_CreateAddress.class.getName(), V0003_AddEmail.class.getName());
        List<String> codeChecksums = new ArrayList<>(
                MigratorTest.migrator(db).history().stream().map(MigrationInfo::checksum).toList());
        java.util.Collections.reverse(codeChecksums);
        assertThat(migrator.status().applied()).extracting(AppliedMigration::checksum)
                .containsExactlyElementsOf(codeChecksums);

        assertThat(migrator.downgrade(1)).containsExactly("0003_add_email");
        assertThat(loader.requested).doesNotContain(V0001_CreateUser.class.getName());
    }

    @Test
    void aPlainLineFallsBackToLoadingTheClass() {
        DataSource db = MigratorTest.database("h2-mem");
        MigratorTest.migrator(db).migrate();
        List<String> lines = new ArrayList<>(enriched(V0001_CreateUser.class, V0002_CreateAddress.class));
        lines.add(V0003_AddEmail.class.getName() + "   # an ordinary comment: no metadata");
        RecordingClassLoader loader = new RecordingClassLoader(lines);

        assertThat(migrator(db, loader, new ArrayList<>()).migrate()).isEmpty();
        assertThat(loader.requested).containsExactly(V0003_AddEmail.class.getName());
    }

    @Test
    void anIndexChecksumThatDiffersFromTheHistoryIsReportedAsAnEditedMigration() {
        DataSource db = MigratorTest.database("h2-mem");
        MigratorTest.migrator(db).migrate();
        List<String> lines = enriched(V0001_CreateUserEdited.class, V0002_CreateAddress.class, V0003_AddEmail.class);
        Migrator edited = migrator(db, new RecordingClassLoader(lines), new ArrayList<>());
        Migrator plain = MigratorTest.migrator(db, V0001_CreateUserEdited.class, V0002_CreateAddress.class, V0003_AddEmail.class);

        String expected = plain.validate().errors().get(0);
        assertThat(expected).contains("0001_create_user", V0001_CreateUserEdited.class.getName(), "changed after it was applied");
        assertThat(edited.validate().errors()).containsExactly(expected);
        assertThatThrownBy(edited::migrate).isInstanceOf(MigrationException.class).hasMessage(expected);
    }

    @Test
    void aStaleChecksumWhoseClassMatchesTheHistoryIsAWarningNotAnEdit() {
        DataSource db = MigratorTest.database("h2-mem");
        MigratorTest.migrator(db).migrate();
        List<String> lines = enriched(V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class);
        String stale = lines.get(0).replaceAll("checksum=[0-9a-f]{64}", "checksum=" + "0".repeat(64));
        lines.set(0, stale);
        RecordingClassLoader loader = new RecordingClassLoader(lines);
        List<String> warnings = new ArrayList<>();

        assertThat(migrator(db, loader, warnings).migrate()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("0001_create_user", "stale", "migrator:index");
        assertThat(loader.requested).containsExactly(V0001_CreateUser.class.getName());
    }

    @Test
    void aMigrationThatRunsRecordsItsClassChecksumAndAStaleIdIsRefused() {
        DataSource db = MigratorTest.database("h2-mem");
        List<String> lines = enriched(V0001_CreateUser.class, V0002_CreateAddress.class);
        lines.set(1, lines.get(1).replaceAll("checksum=[0-9a-f]{64}", "checksum=" + "1".repeat(64)));
        List<String> warnings = new ArrayList<>();
        migrator(db, new RecordingClassLoader(lines), warnings).migrate();
        assertThat(warnings).singleElement().asString().contains("0002_create_address", "stale");
        Migrator truth = MigratorTest.migrator(db, V0001_CreateUser.class, V0002_CreateAddress.class);
        assertThat(truth.validate().isValid()).isTrue();

        DataSource other = MigratorTest.database("h2-mem");
        String wrongId = lines.get(0).replace("id=0001_create_user", "id=0001_renamed");
        List<String> renamed = List.of(wrongId, lines.get(1).replace("parents=0001_create_user", "parents=0001_renamed"));
        assertThatThrownBy(() -> migrator(other, new RecordingClassLoader(renamed), warnings).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("is stale")
                .hasMessageContaining(V0001_CreateUser.class.getName())
                .hasMessageContaining("0001_renamed");
    }

    @Test
    void aPendingClassThatCannotLoadStopsTheRunBeforeAnythingIsApplied() {
        DataSource db = MigratorTest.database("h2-mem");
        List<String> lines = enriched(V0001_CreateUser.class, V0002_CreateAddress.class);
        lines.add(IndexEntry.of(new MigrationInfo("0003_gone", List.of("0002_create_address"), "gone",
                "dev.migrator.fixtures.Gone", "d".repeat(64))).line());
        Migrator migrator = migrator(db, new RecordingClassLoader(lines), new ArrayList<>());

        assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                .hasMessageContaining("dev.migrator.fixtures.Gone").hasMessageContaining("cannot be loaded");
        assertThat(migrator.status().applied()).isEmpty();
    }

    @Test
    void indexLinesRoundTripAndPlainLinesStayPlain() {
        MigrationInfo info = new MigrationInfo("0004_merge", List.of("0003_a", "0003_b"),
                "merge # two\nbranches, 100% done: é=ok", "com.x.V0004_Merge", "a".repeat(64));
        String line = IndexEntry.of(info).line();
        assertThat(line).startsWith("com.x.V0004_Merge #migrator:1 id=0004_merge parents=0003_a,0003_b checksum=")
                .doesNotContain("\n");
        assertThat(IndexEntry.parse(line)).contains(IndexEntry.of(info));
        MigrationInfo first = new MigrationInfo("0001_x", List.of(), "", "com.x.V0001", "b".repeat(64));
        assertThat(IndexEntry.parse(IndexEntry.of(first).line())).contains(IndexEntry.of(first));

        assertThat(IndexEntry.parse("  com.x.V0001  ")).contains(IndexEntry.plain("com.x.V0001"));
        assertThat(IndexEntry.parse("com.x.V0001 # migrator:1 is not at the start")).contains(IndexEntry.plain("com.x.V0001"));
        assertThat(IndexEntry.parse("com.x.V0001 #migrator:1 id=x parents= checksum=short message="))
                .contains(IndexEntry.plain("com.x.V0001"));
        assertThat(IndexEntry.parse("com.x.V0001 #migrator:2 id=x parents= checksum=" + "c".repeat(64) + " message="))
                .contains(IndexEntry.plain("com.x.V0001"));
        assertThat(IndexEntry.parse("   # a comment")).isEqualTo(Optional.empty());
        assertThat(IndexEntry.parse("")).isEmpty();
    }
}
