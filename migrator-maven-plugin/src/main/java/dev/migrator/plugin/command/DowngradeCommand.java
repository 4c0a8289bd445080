package dev.migrator.plugin.command;

import java.util.List;

/**
 * {@code mvn migrator:downgrade}: reverts the last {@code steps} applied migrations, or every one a
 * target does not need ({@code base}: all of them).
 */
public final class DowngradeCommand {
    private final Console console;

    public DowngradeCommand(Console console) {
        this.console = console;
    }

    /**
     * Returns the ids reverted, newest first. A non-blank {@code target} wins over {@code steps}.
     */
    public List<String> execute(DatabaseRequest request, int steps, String target) throws CommandException {
        boolean toTarget = target != null && !target.isBlank();
        if (!toTarget && steps < 1) {
            throw new CommandException("migrator.steps is " + steps + ": give a number of migrations to revert "
                    + "(1 or more), or -Dmigrator.target=<revision id or base>.");
        }
        console.info("Database: " + request.describe());
        List<String> reverted = MigratorSession.run(request, console,
                migrator -> toTarget ? migrator.downgradeTo(target.strip()) : migrator.downgrade(steps));
        if (reverted.isEmpty()) {
            console.info("Nothing to downgrade.");
        }
        reverted.forEach(id -> console.info("  Reverted " + id));
        return reverted;
    }
}
