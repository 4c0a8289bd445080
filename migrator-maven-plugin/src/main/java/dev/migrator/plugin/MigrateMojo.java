package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.MigrateCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations to the database, up to a target (default: head), recording each
 * in {@code migrator_history}. Compiles the project first, so it follows {@code make} directly.
 * Like Django's {@code migrate} and Alembic's {@code upgrade head}.
 *
 * @since 0.1.0
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class MigrateMojo extends AbstractDatabaseMojo {

    /**
     * The revision to migrate to: a revision id such as {@code 0002_add_email_to_user}, or
     * {@code head}. Default {@code head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.target", defaultValue = "head")
    String target;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("migrate", () -> new MigrateCommand(new MavenConsole(getLog())).execute(request, target));
    }
}
