package dev.migrator.plugin;

import dev.migrator.plugin.command.CommandException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** How the Mojos report: user mistakes as {@link MojoFailureException} (message only), bugs as {@link MojoExecutionException}. */
final class Failures {
    interface Body {
        void run() throws CommandException, MojoFailureException;
    }

    private Failures() {}

    static void report(String goal, Body body) throws MojoFailureException, MojoExecutionException {
        try {
            body.run();
        } catch (CommandException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("migrator:" + goal + " failed unexpectedly (" + e
                    + "); please report it with the output of mvn -e", e);
        }
    }
}
