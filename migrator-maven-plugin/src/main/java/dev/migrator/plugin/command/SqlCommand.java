package dev.migrator.plugin.command;

import dev.migrator.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mvn migrator:sql}: the SQL script that takes a database from one revision to another, for
 * a dialect, without a database (Alembic's {@code --sql}, Django's {@code sqlmigrate}). History
 * inserts are included; a Java step cannot be rendered, so the script names it in a comment and the
 * command warns about it.
 */
public final class SqlCommand {
    /** How the script marks a Java step it cannot render (see the runtime's SqlScriptWriter). */
    static final String NOT_RENDERED = "-- NOT RENDERED: ";

    private final Console console;

    public SqlCommand(Console console) {
        this.console = console;
    }

    /**
     * Returns the script. {@code dialect}: {@code h2} or {@code postgresql}; {@code from}: the
     * revision the database is at ({@code null}: base); {@code to}: the revision wanted
     * ({@code null}: head); {@code output}: the file to write, or {@code null} for the console.
     */
    public String execute(List<Path> classpath, String dialect, String from, String to, Path output)
            throws CommandException {
        Dialect chosen = dialect(dialect);
        String start = blankTo(from, "base");
        String end = blankTo(to, "head");
        String script = MigratorSession.offline(classpath, chosen, console, migrator -> migrator.sql(start, end));
        List<String> lines = script.lines().toList();
        if (output == null) {
            lines.forEach(console::info);
        } else {
            write(output, script);
            console.info("Wrote the " + chosen.name() + " script from " + start + " to " + end + " (" + lines.size()
                    + " lines) to " + output);
        }
        for (String line : lines) {
            if (line.startsWith(NOT_RENDERED)) {
                console.warn("Not rendered: "
                        + line.substring(NOT_RENDERED.length()));
            }
        }
        return script;
    }

    private static Dialect dialect(String name) throws CommandException {
        try {
            return Dialect.named(blankTo(name, "h2"));
        } catch (IllegalArgumentException e) {
            throw new CommandException("migrator.dialect is \"" + name + "\": give h2 or postgresql "
                    + "(e.g. -Dmigrator.dialect=postgresql).", e);
        }
    }

    private static void write(Path output, String script) throws CommandException {
        try {
            AtomicFiles.commit(AtomicFiles.prepare(output, script), output);
        } catch (IOException e) {
            throw new CommandException("cannot write migrator.output " + output + ": " + e.getMessage(), e);
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
