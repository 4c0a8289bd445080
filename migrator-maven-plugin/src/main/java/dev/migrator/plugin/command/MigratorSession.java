package dev.migrator.plugin.command;

import dev.migrator.MigrationException;
import dev.migrator.Migrator;
import dev.migrator.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs work against a {@link Migrator} over the project's classes, in a class loader that is closed
 * afterwards, turning the runtime's {@link MigrationException} into a {@link CommandException} that
 * names the migration and the failing statement.
 */
final class MigratorSession {
    interface Work<T> {
        T run(Migrator migrator);
    }

    private MigratorSession() {}

    static <T> T run(DatabaseRequest request, Console console, Work<T> work) throws CommandException {
        return run(request, console, false, work);
    }

    /** As {@link #run(DatabaseRequest, Console, Work)}; {@code strict}: an applied migration the code does not know is an error. */
    static <T> T run(DatabaseRequest request, Console console, boolean strict, Work<T> work) throws CommandException {
        try (ProjectClassLoader classes = ProjectClassLoader.over(request.classpath())) {
            Migrator migrator = Migrator.configure()
                    .url(request.url(), request.user(), request.password())
                    .classLoader(classes.loader())
                    .strict(strict)
                    .warnings(console::warn)
                    .load();
            return work.run(migrator);
        } catch (MigrationException e) {
            throw new CommandException(describe(e, request), e);
        }
    }

    /** Runs work that needs no database (offline SQL) over the migrations of {@code classpath}, for {@code dialect}. */
    static <T> T offline(List<Path> classpath, Dialect dialect, Console console, Work<T> work) throws CommandException {
        try (ProjectClassLoader classes = ProjectClassLoader.over(classpath)) {
            Migrator migrator = Migrator.configure()
                    .dialect(dialect)
                    .classLoader(classes.loader())
                    .warnings(console::warn)
                    .load();
            return work.run(migrator);
        } catch (MigrationException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static String describe(MigrationException e, DatabaseRequest request) {
        StringBuilder text = new StringBuilder(e.getMessage());
        if (e.migrationId() != null && !e.getMessage().contains(e.migrationId())) {
            text.append(" (migration ").append(e.migrationId()).append(')');
        }
        if (e.sql() != null) {
            text.append("\nFailed statement: ").append(e.sql());
        }
        return text.append("\nDatabase: ").append(request.describe()).toString();
    }
}
