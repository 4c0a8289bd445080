package dev.migrator.plugin.command;

import java.util.List;

/** {@code mvn migrator:migrate}: applies the pending migrations up to a target (default: head). */
public final class MigrateCommand {
    private final Console console;

    public MigrateCommand(Console console) {
        this.console = console;
    }

    /** Returns the ids applied, in order. {@code target}: a revision id, {@code head} or {@code null} (head). */
    public List<String> execute(DatabaseRequest request, String target) throws CommandException {
        String to = target == null || target.isBlank() ? "head" : target.strip();
        console.info("Database: " + request.describe());
        List<String> applied = MigratorSession.run(request, console, migrator -> migrator.migrate(to));
        if (applied.isEmpty()) {
            console.info("No migrations to apply: the database is at " + to + ".");
        }
        applied.forEach(id -> console.info("  Applied " + id));
        return applied;
    }
}
