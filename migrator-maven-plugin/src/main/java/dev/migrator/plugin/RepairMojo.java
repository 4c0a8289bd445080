package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.RepairCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Forgets interrupted runs: the {@code in_progress} / {@code reverting} rows a migration that failed
 * half-way leaves in {@code migrator_history} on H2 (where DDL commits statement by statement).
 * Check the schema and finish or undo the migration by hand first; afterwards it counts as not
 * applied. Prints every id it forgot. Like Flyway's {@code repair}.
 *
 * @since 0.1.0
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RepairMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("repair", () -> new RepairCommand(new MavenConsole(getLog())).execute(request));
    }
}
