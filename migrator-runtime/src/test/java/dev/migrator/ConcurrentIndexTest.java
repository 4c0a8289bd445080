package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.fixtures.V0004_ConcurrentIndex;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import dev.migrator.testing.IndexClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code CREATE INDEX CONCURRENTLY} waits for every transaction that holds a snapshot; a waiter
 * blocked inside {@code pg_advisory_lock} would hold one and deadlock it (flyway#1654). Our waiters
 * poll, and the migration runs outside a transaction, so both finish.
 */
class ConcurrentIndexTest {

    @Test
    @Timeout(60)
    void anIndexBuiltConcurrentlyFinishesWhileAnotherMigratorWaits() throws Exception {
        DataSource db = Databases.freshPostgres();
        Migrator first = migrator(db);
        first.migrate("0003_add_email");

        CompletableFuture<List<String>> holder = CompletableFuture.supplyAsync(first::migrate);
        Thread.sleep(500);
        CompletableFuture<List<String>> waiter = CompletableFuture.supplyAsync(() -> migrator(db).migrate());

        assertThat(holder.get(30, TimeUnit.SECONDS)).containsExactly("0004_concurrent_index");
        assertThat(waiter.get(30, TimeUnit.SECONDS)).isEmpty();
        Catalog catalog = new Catalog(db, first.dialect());
        assertThat(catalog.indexes("user")).contains("ix_user_name");
        assertThat(first.status().applied()).extracting(AppliedMigration::state).containsOnly("applied");

        assertThat(first.downgrade(1)).containsExactly("0004_concurrent_index");
        assertThat(catalog.indexes("user")).doesNotContain("ix_user_name");
    }

    private static Migrator migrator(DataSource db) {
        return Migrator.configure().dataSource(db).lockTimeout(Duration.ofSeconds(30))
                .classLoader(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class,
                        V0003_AddEmail.class, V0004_ConcurrentIndex.class))
                .load();
    }
}
