package dev.migrator.plugin;

import dev.migrator.plugin.command.MakeRequest;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that write a migration class ({@code make}, {@code merge}) share: where it goes,
 * its message, and the dry run.
 */
abstract class AbstractWritingMojo extends AbstractModelMojo {

    /**
     * The package of the migration classes, e.g. {@code com.example.migrations}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.migrationsPackage")
    String migrationsPackage;

    /**
     * What the migration does, e.g. {@code "add email to user"}; it becomes the class name
     * ({@code V0002_AddEmailToUser}), the revision id and its message. Default: derived from the
     * changes ({@code initial} for the first migration; {@code merge <head> and <head>} for a merge).
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

    /** The request for this project with the given make options. */
    MakeRequest request(boolean empty, String renames, String defaults) throws MojoExecutionException {
        return new MakeRequest(project.getBasedir().toPath(), sourceDirectory.toPath(), resourcesDirectory.toPath(),
                outputDirectory.toPath(), classpath(), migrationsPackage, message, empty, renames, dryRun, defaults);
    }
}
