package dev.migrator.plugin.command;

import dev.migrator.operation.Operation;
import java.io.IOException;

/**
 * {@code mvn migrator:check}: fails when the entities have changes no migration covers, or when the
 * chain has two heads; writes nothing. For CI, like Django's {@code makemigrations --check} and
 * Alembic's {@code check}.
 */
public final class CheckCommand {
    private final Console console;

    public CheckCommand(Console console) {
        this.console = console;
    }

    /**
     * Passes with one line; fails with a {@link CommandException} that says what to run (two heads
     * are refused while planning).
     */
    public void execute(MakeRequest request) throws CommandException {
        Autogenerator.Plan plan;
        try {
            plan = new Autogenerator(console, Questions.BATCH).plan(request, true);
        } catch (IOException e) {
            throw new CommandException("check failed reading project files: " + e.getMessage(), e);
        }
        if (!plan.diff().isEmpty()) {
            console.warn("The entities differ from what the migrations build:");
            for (Operation op : plan.diff().operations()) {
                console.warn("    " + op.accept(ChangeDescriber.INSTANCE));
            }
            throw new CommandException(plan.diff().operations().size() + " change(s) in the entities are not "
                    + "covered by a migration: run mvn migrator:make -Dmigrator.message=\"...\" and commit the "
                    + "migration it writes.");
        }
        console.info("No changes detected: the migrations cover the entities.");
    }
}
