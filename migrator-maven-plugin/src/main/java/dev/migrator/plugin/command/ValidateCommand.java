package dev.migrator.plugin.command;

import dev.migrator.MigrationStatus;
import dev.migrator.ValidationReport;

/**
 * {@code mvn migrator:validate}: compares the database's {@code migrator_history} with the
 * migrations of the code and fails on an applied migration that was edited, an interrupted run, a
 * migration applied out of order, and (strict) one the code does not know (deleted, or the
 * database is ahead of the code). Warnings are printed; the database is never changed.
 */
public final class ValidateCommand {
    private final Console console;

    public ValidateCommand(Console console) {
        this.console = console;
    }

    /** Returns the report when it has no errors; otherwise throws with every error, one per line. */
    public ValidationReport execute(DatabaseRequest request, boolean strict) throws CommandException {
        console.info("Database: " + request.describe());
        MigrationStatus status = MigratorSession.run(request, console, strict, migrator -> migrator.status());
        ValidationReport report = status.problems();
        report.warnings().forEach(console::warn);
        if (!report.isValid()) {
            throw new CommandException("migrator_history does not match the migrations of the code ("
                    + report.errors().size() + (report.errors().size() == 1 ? " problem" : " problems") + "):\n- "
                    + String.join("\n- ", report.errors()));
        }
        console.info("Validated " + status.applied().size() + " applied migration(s) against the code: "
                + (report.warnings().isEmpty() ? "no problems" : report.warnings().size() + " warning(s), no errors")
                + "; " + status.pending().size() + " pending.");
        return report;
    }
}
