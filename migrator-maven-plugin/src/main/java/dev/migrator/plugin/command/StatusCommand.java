package dev.migrator.plugin.command;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationInfo;
import dev.migrator.MigrationStatus;

/**
 * {@code mvn migrator:status}: the current revision, then every migration applied ({@code [X]})
 * and pending ({@code [ ]}) in apply order, like Django's showmigrations; then any problem the
 * history has. Never changes the database.
 */
public final class StatusCommand {
    private final Console console;

    public StatusCommand(Console console) {
        this.console = console;
    }

    public MigrationStatus execute(DatabaseRequest request) throws CommandException {
        MigrationStatus status = MigratorSession.run(request, console, migrator -> migrator.status());
        console.info("Database: " + request.describe());
        console.info("Current revision: " + (status.current().isEmpty() ? "base (nothing applied)"
                : String.join(", ", status.current())));
        for (AppliedMigration row : status.applied()) {
            console.info(" [" + (row.isApplied() ? "X" : "!") + "] " + row.id()
                    + (row.isApplied() ? "" : " (" + row.state() + ": interrupted)"));
        }
        for (MigrationInfo pending : status.pending()) {
            console.info(" [ ] " + pending.id());
        }
        if (status.applied().isEmpty() && status.pending().isEmpty()) {
            console.info(" (no migrations: run mvn migrator:make first)");
        }
        status.problems().warnings().forEach(console::warn);
        status.problems().errors().forEach(e -> console.warn("ERROR: " + e));
        return status;
    }
}
