package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import dev.migrator.plugin.command.ValidateCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the database's {@code migrator_history} with the migrations of the project and fails
 * the build, naming each migration and what to do, when an applied migration was edited, a run was
 * interrupted, migrations were applied out of order, or an applied migration is unknown to the code
 * (deleted, or the database is ahead). Changes nothing. Like Flyway's {@code validate}.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ValidateMojo extends AbstractDatabaseMojo {

    /**
     * Whether an applied migration that the code does not know (deleted, or the database is ahead
     * of this code) fails the build; {@code false} makes it a warning, as {@code migrate} treats it.
     * Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.strict", defaultValue = "true")
    boolean strict;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DatabaseRequest request = databaseRequest();
        Failures.report("validate", () -> new ValidateCommand(new MavenConsole(getLog())).execute(request, strict));
    }
}
