package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.DowngradeCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reverts applied migrations, newest first: the last {@code migrator.steps} of them, or every one
 * that {@code migrator.target} does not need ({@code base}: all). Like Alembic's
 * {@code downgrade -1}.
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DowngradeMojo extends AbstractDatabaseMojo {

    /**
     * How many applied migrations to revert. Ignored when {@code migrator.target} is set. Default 1.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.steps", defaultValue = "1")
    int steps;

    /**
     * The revision to go back to (it stays applied), or {@code base} to revert everything. Default:
     * none (use {@code migrator.steps}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.target")
    String target;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("downgrade",
                () -> new DowngradeCommand(new MavenConsole(getLog())).execute(request, steps, target));
    }
}
