package dev.migrator.testing;

import dev.migrator.MigrationException;
import dev.migrator.Migrator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A separate process that migrates: {@code url user password lockTimeoutMillis className...}.
 * Prints {@code APPLIED <id>} per migration it applied and exits 0, or prints the error and exits 2.
 */
public final class MigrateMain {
    private MigrateMain() {}

    public static void main(String[] args) {
        List<String> classes = Arrays.asList(args).subList(4, args.length);
        try {
            Migrator migrator = Migrator.configure()
                    .url(args[0], args[1], args[2])
                    .lockTimeout(Duration.ofMillis(Long.parseLong(args[3])))
                    .classLoader(new IndexClassLoader(classes.toArray(String[]::new)))
                    .load();
            for (String id : migrator.migrate()) {
                System.out.println("APPLIED " + id);
            }
            System.out.flush();
            System.exit(0);
        } catch (MigrationException e) {
            System.out.println("FAILED " + e.getMessage());
            System.out.flush();
            System.exit(2);
        }
    }
}
