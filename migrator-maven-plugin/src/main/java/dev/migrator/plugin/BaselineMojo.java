package dev.migrator.plugin;

import dev.migrator.plugin.command.BaselineCommand;
import dev.migrator.plugin.command.DatabaseRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records a revision, and every one it follows, as applied without running them (state
 * {@code baseline} in {@code migrator_history}), for a database that already has their schema:
 * adopting migrator on an existing database. Like Alembic's {@code stamp} and Django's
 * {@code migrate --fake-initial}.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class BaselineMojo extends AbstractDatabaseMojo {

    /**
     * The revision the database already has: a revision id such as
     * {@code 0001_create_the_example_database}, or {@code head}. Required: no default, so that
     * nothing is recorded by accident.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.target")
    String target;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("baseline", () -> new BaselineCommand(new MavenConsole(getLog())).execute(request, target));
    }
}
