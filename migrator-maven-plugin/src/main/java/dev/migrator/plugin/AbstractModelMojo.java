package dev.migrator.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that compare the entities with the migrations ({@code make}, {@code check}) need:
 * the project's directories and compile classpath. No database.
 */
abstract class AbstractModelMojo extends AbstractMojo {

    /**
     * Where the migration index {@code META-INF/migrator/migrations.list} is kept. Default
     * {@code ${project.basedir}/src/main/resources}.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources", required = true)
    File resourcesDirectory;

    /** The project's compiled classes and entity snapshots (read-only). */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    /** The project (read-only). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The compile classpath: the output directory, then the dependencies, where snapshot fragments may be too. */
    List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the compile classpath is not resolved", e);
        }
    }
}
