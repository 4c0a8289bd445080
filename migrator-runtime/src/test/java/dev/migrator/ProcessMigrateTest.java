package dev.migrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.fixtures.V0001_CreateUser;
import dev.migrator.fixtures.V0002_CreateAddress;
import dev.migrator.fixtures.V0003_AddEmail;
import dev.migrator.fixtures.V0004_Slow;
import dev.migrator.testing.Catalog;
import dev.migrator.testing.Databases;
import dev.migrator.testing.IndexClassLoader;
import dev.migrator.testing.MigrateMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Separate JVM processes against one database: at once, and killed with SIGKILL in the middle of a run. */
class ProcessMigrateTest {
    static final String[] CHAIN = {
        V0001_CreateUser.class.getName(), V0002_CreateAddress.class.getName(), V0003_AddEmail.class.getName()
    };

    @Test
    @Timeout(180)
    void severalProcessesMigrateOneEmptyDatabaseAtOnce() throws Exception {
        for (int round = 0; round < 2; round++) {
            DataSource db = Databases.freshPostgres();
            String url = Databases.postgresUrl(db);
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                processes.add(start(url, "60000", CHAIN));
            }
            List<String> applied = new ArrayList<>();
            for (Process process : processes) {
                List<String> output = output(process);
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
                output.stream().filter(l -> l.startsWith("APPLIED ")).map(l -> l.substring(8)).forEach(applied::add);
            }
            assertThat(applied).containsExactlyInAnyOrderElementsOf(MigratorTest.CHAIN);
            assertThat(MigratorTest.migrator(db).status().applied()).extracting(AppliedMigration::id)
                    .containsExactlyElementsOf(MigratorTest.CHAIN);
        }
    }

    @Test
    @Timeout(180)
    void aProcessKilledInTheMiddleLeavesNoLockAndNoLieOnPostgres() throws Exception {
        DataSource db = Databases.freshPostgres();
        String url = Databases.postgresUrl(db);
        String[] withSlow = {CHAIN[0], CHAIN[1], CHAIN[2], V0004_Slow.class.getName()};
        Process victim = start(url, "60000", withSlow);
        BufferedReader out = reader(victim);
        String line;
        while ((line = out.readLine()) != null && !line.equals("SLOW-STARTED")) {
            // Wait until the slow migration is half way.
        }
        assertThat(line).isEqualTo("SLOW-STARTED");
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // The killed session's transaction rolled back and its advisory lock died with it.
        Migrator migrator = Migrator.configure().dataSource(db).lockTimeout(java.time.Duration.ofSeconds(20))
                .classLoader(IndexClassLoader.of(V0001_CreateUser.class, V0002_CreateAddress.class, V0003_AddEmail.class))
                .load();
        assertThat(migrator.status().applied()).extracting(AppliedMigration::id).containsExactlyElementsOf(MigratorTest.CHAIN);
        assertThat(new Catalog(db, migrator.dialect()).columns("user")).doesNotContainKey("slow");
        assertThat(migrator.downgrade(1)).containsExactly("0003_add_email");
        assertThat(migrator.migrate()).containsExactly("0003_add_email");
    }

    @Test
    @Timeout(180)
    void aProcessKilledInTheMiddleStopsTheNextRunOnH2WithTheDocumentedMessage() throws Exception {
        Path dir = Files.createTempDirectory("migrator-kill");
        // AUTO_SERVER lets several processes share the file database, as with several application instances.
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        String[] withSlow = {CHAIN[0], CHAIN[1], CHAIN[2], V0004_Slow.class.getName()};
        Process victim = start(url, "60000", withSlow);
        BufferedReader out = reader(victim);
        String line;
        while ((line = out.readLine()) != null && !line.equals("SLOW-STARTED")) {
            // Wait until the slow migration is half way.
        }
        assertThat(line).isEqualTo("SLOW-STARTED");
        // H2 writes commits to its file after WRITE_DELAY (500 ms): a kill within it loses the last
        // commits, mark and DDL alike. Kill later, as a crash in a long migration would.
        Thread.sleep(2_000);
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process next = start(url, "20000", withSlow);
        List<String> output = output(next);
        assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as(String.join("\n", output)).isEqualTo(2);
        assertThat(String.join("\n", output)).contains("0004_slow", "in_progress", "migrator:repair");
    }

    private static Process start(String url, String lockTimeoutMillis, String... classes) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                MigrateMain.class.getName(), url, url.startsWith("jdbc:h2") ? "sa" : "postgres", "", lockTimeoutMillis));
        command.addAll(List.of(classes));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> output(Process process) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = reader(process)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
