package dev.migrator.plugin.command;

import dev.migrator.MigrationInfo;
import java.util.List;

/**
 * {@code mvn migrator:history}: the migration chain of the code, newest first, in the style of
 * {@code alembic history}: {@code 0001_x -> 0002_y (head), add email}. Reads no history table.
 */
public final class HistoryCommand {
    private final Console console;

    public HistoryCommand(Console console) {
        this.console = console;
    }

    public List<MigrationInfo> execute(DatabaseRequest request) throws CommandException {
        List<MigrationInfo> history = MigratorSession.run(request, console, migrator -> migrator.history());
        if (history.isEmpty()) {
            console.info("No migrations yet: run mvn migrator:make.");
        }
        for (int i = 0; i < history.size(); i++) {
            MigrationInfo info = history.get(i);
            String from = info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents());
            console.info(from + " -> " + info.id() + (i == 0 ? " (head)" : "")
                    + (info.description().isBlank() ? "" : ", " + info.description()));
        }
        return history;
    }
}
