package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.HistoryCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the migration chain of the project, newest first, like Alembic's {@code history}. Reads
 * the compiled migrations only; the database is not consulted.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class HistoryMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("history", () -> new HistoryCommand(new MavenConsole(getLog())).execute(request));
    }
}
