package dev.migrator.plugin.command;

import dev.migrator.AppliedMigration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code mvn migrator:repair}: forgets the marks of interrupted runs ({@code in_progress} or
 * {@code reverting} rows, left on H2 when a migration failed half-way), after someone has checked
 * the schema by hand; those migrations count as not applied afterwards. Says what it forgot.
 */
public final class RepairCommand {
    private final Console console;

    public RepairCommand(Console console) {
        this.console = console;
    }

    /** Returns the ids forgotten. */
    public List<String> execute(DatabaseRequest request) throws CommandException {
        console.info("Database: " + request.describe());
        // The states are read first only to say what each forgotten row was; repair itself decides under the lock.
        Map<String, String> states = MigratorSession.run(request, console, migrator -> migrator.status().applied()
                .stream().collect(Collectors.toMap(AppliedMigration::id, AppliedMigration::state, (a, b) -> a)));
        List<String> forgotten = MigratorSession.run(request, console, migrator -> migrator.repair());
        if (forgotten.isEmpty()) {
            console.info("Nothing to repair: migrator_history has no interrupted migration.");
        }
        for (String id : forgotten) {
            String state = states.getOrDefault(id, "interrupted");
            console.info("  Forgot " + id + " (" + state + ": interrupted " + (AppliedMigration.REVERTING.equals(state)
                    ? "downgrade" : "upgrade") + "); it now counts as not applied");
        }
        return forgotten;
    }
}
