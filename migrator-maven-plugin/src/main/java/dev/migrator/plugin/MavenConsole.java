package dev.migrator.plugin;

import dev.migrator.plugin.command.Console;
import org.apache.maven.plugin.logging.Log;

/** The commands' console on Maven's log. */
final class MavenConsole implements Console {
    private final Log log;

    MavenConsole(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }
}
