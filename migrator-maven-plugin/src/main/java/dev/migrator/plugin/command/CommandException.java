package dev.migrator.plugin.command;

/**
 * A problem the user can fix (bad setting, migrations that do not fit together, unreadable
 * snapshot, unreachable database). The message says what is wrong and what to do; the Mojos turn
 * it into a {@code MojoFailureException}, so it is shown without a stack trace.
 */
public class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
