package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.StatusCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows where the database stands: the current revision, the applied and the pending migrations,
 * and any problem with the history. Changes nothing. Like Django's {@code showmigrations} and
 * Alembic's {@code current}.
 *
 * @since 0.1.0
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class StatusMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("status", () -> new StatusCommand(new MavenConsole(getLog())).execute(request));
    }
}
