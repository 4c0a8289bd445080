package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.testing.RecordingDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With nothing pending, migrate costs one connection and one history query, and takes no lock. */
class StartUpCostTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void aNoOpMigrateIsOneQueryAndNoLock(String kind) {
        DataSource db = MigratorTest.database(kind);
        MigratorTest.migrator(db).migrate();

        RecordingDataSource recording = new RecordingDataSource(db);
        assertThat(MigratorTest.migrator(recording.dataSource).migrate()).isEmpty();

        assertThat(recording.connections.get()).isEqualTo(1);
        assertThat(recording.statements).singleElement().asString().startsWith("select install_order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "postgresql"})
    void pendingWorkTakesTheLockAndReReadsTheHistoryUnderIt(String kind) {
        RecordingDataSource recording = new RecordingDataSource(MigratorTest.database(kind));
        MigratorTest.migrator(recording.dataSource).migrate();

        String lock = kind.equals("postgresql") ? "select pg_try_advisory_lock(?)" : "select id from migrator_lock";
        int locked = indexOf(recording, lock);
        assertThat(locked).isPositive();
        assertThat(recording.statements.subList(locked, recording.statements.size()))
                .anyMatch(sql -> sql.startsWith("select install_order"));
    }

    private static int indexOf(RecordingDataSource recording, String prefix) {
        for (int i = 0; i < recording.statements.size(); i++) {
            if (recording.statements.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
