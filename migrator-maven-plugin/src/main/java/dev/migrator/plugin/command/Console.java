package dev.migrator.plugin.command;

/** Where commands report to: Maven's log in the Mojos, a list in tests. */
public interface Console {
    void info(String line);

    void warn(String line);
}
