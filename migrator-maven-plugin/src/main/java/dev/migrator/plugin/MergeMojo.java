package dev.migrator.plugin;

import dev.migrator.plugin.command.MakeRequest;
import dev.migrator.plugin.command.MergeCommand;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Merges branches: when two migrations follow the same parent (two branches each added one), writes
 * the migration that follows every head, so that {@code make} and {@code migrate} work again. Writes
 * nothing, and says so, when there is only one head. Needs no database. Like Django's
 * {@code makemigrations --merge} and Alembic's {@code merge heads}.
 *
 * @since 0.1.0
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MergeMojo extends AbstractWritingMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MakeRequest request = request(true, null, null);
        Failures.report("merge", () -> new MergeCommand(new MavenConsole(getLog())).execute(request));
    }
}
