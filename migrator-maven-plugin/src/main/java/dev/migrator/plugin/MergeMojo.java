package dev.migrator.plugin;

import dev.migrator.plugin.command.MakeRequest;
import dev.migrator.plugin.command.MergeCommand;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
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
public class MergeMojo extends AbstractModelMojo {

    /**
     * The package of the migration classes, e.g. {@code com.example.migrations}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.migrationsPackage")
    String migrationsPackage;

    /**
     * The merge migration's message. Default: {@code merge <head> and <head>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.message")
    String message;

    /**
     * Prints what would be written without writing anything. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Where migration sources are written. Default {@code ${project.build.sourceDirectory}}.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true)
    File sourceDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MakeRequest request = new MakeRequest(project.getBasedir().toPath(), sourceDirectory.toPath(),
                resourcesDirectory.toPath(), outputDirectory.toPath(), classpath(), migrationsPackage, message, true,
                null, dryRun);
        Failures.report("merge", () -> new MergeCommand(new MavenConsole(getLog())).execute(request));
    }
}
