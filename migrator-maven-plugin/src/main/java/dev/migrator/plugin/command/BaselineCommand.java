package dev.migrator.plugin.command;

import java.util.List;

/**
 * {@code mvn migrator:baseline}: records a revision and every one it follows as applied without
 * running them, for a database that already has their schema (Alembic's {@code stamp}, Django's
 * {@code migrate --fake-initial}).
 */
public final class BaselineCommand {
    private final Console console;

    public BaselineCommand(Console console) {
        this.console = console;
    }

    /** Returns the ids recorded, in apply order. {@code target}: a revision id or {@code head}; required. */
    public List<String> execute(DatabaseRequest request, String target) throws CommandException {
        if (target == null || target.isBlank()) {
            throw new CommandException("migrator.target is not set: give the revision the database already has, "
                    + "e.g. -Dmigrator.target=0001_create_the_example_database (or head); see mvn migrator:history.");
        }
        String to = target.strip();
        console.info("Database: " + request.describe());
        List<String> recorded = MigratorSession.run(request, console, migrator -> migrator.baseline(to));
        if (recorded.isEmpty()) {
            console.info("Nothing to baseline: " + to + " and what it follows are already in migrator_history.");
        }
        recorded.forEach(id -> console.info("  Baselined " + id + " (recorded as applied, not run)"));
        return recorded;
    }
}
