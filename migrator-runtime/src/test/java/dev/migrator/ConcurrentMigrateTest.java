package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.testing.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several migrators with their own connections start at once: every migration is applied exactly once. */
class ConcurrentMigrateTest {
    static final int THREADS = 8;

    @ParameterizedTest
    @ValueSource(strings = {"h2-mem", "h2-file", "postgresql"})
    @Timeout(120)
    void eachMigrationIsAppliedExactlyOnce(String kind) throws Exception {
        for (int round = 0; round < 3; round++) {
            DataSource db = MigratorTest.database(kind);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<List<String>> task = () -> {
                    Migrator migrator = Migrator.configure().dataSource(db).lockTimeout(Duration.ofSeconds(60)).load();
                    start.await();
                    return migrator.migrate();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<List<String>> result : results) {
                applied.addAll(result.get(90, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(applied).containsExactlyInAnyOrderElementsOf(MigratorTest.CHAIN);
            MigrationStatus status = MigratorTest.migrator(db).status();
            assertThat(status.applied()).extracting(AppliedMigration::id).containsExactlyElementsOf(MigratorTest.CHAIN);
            assertThat(status.applied()).allMatch(AppliedMigration::isApplied);
        }
    }

    @Test
    void aNoOpStartUpTakesNoLockAndAWaiterGivesUpNamingTheLock() throws Exception {
        DataSource db = Databases.freshPostgres();
        Migrator migrator = Migrator.configure().dataSource(db).lockTimeout(Duration.ofMillis(300)).load();
        migrator.migrate("0002_create_address");
        try (Connection holder = db.getConnection();
                PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, 0x6d69677261746f72L);
            lock.execute();

            // Pending work: the migrator waits for the lock, then gives up with a message naming it.
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("advisory lock").hasMessageContaining("300 ms");
            // Nothing pending: one history query, no lock, so the held lock does not matter.
            assertThat(migrator.migrate("0002_create_address")).isEmpty();
        }
        assertThat(migrator.migrate()).containsExactly("0003_add_email");
        assertThat(migrator.migrate()).isEmpty();
    }

    @Test
    void theH2LockTimesOutNamingTheLock() throws Exception {
        DataSource db = Databases.freshH2();
        Migrator migrator = Migrator.configure().dataSource(db).lockTimeout(Duration.ofMillis(300)).load();
        migrator.migrate("0001_create_user");
        try (Connection holder = db.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("select id from migrator_lock where id = 1 for update").close();
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("migrator_lock");
            holder.rollback();
        }
        assertThat(migrator.migrate()).containsExactly("0002_create_address", "0003_add_email");
    }
}
