package dev.migrator.plugin;

import dev.migrator.plugin.command.IndexCommand;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes each migration's id, parents, checksum and message into the migration index in
 * {@code target/classes} (never in {@code src}), computed from the compiled classes, so that an
 * application's start-up with nothing to migrate loads no migration class. Bind it in the build
 * (it runs at {@code process-classes}, after every compile, so the index is as fresh as the
 * classes):
 * <pre>{@code <executions><execution><goals><goal>index</goal></goals></execution></executions>}</pre>
 * Without it the runtime loads every migration class at start-up, which is correct but slower.
 *
 * @since 0.1.0
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class IndexMojo extends AbstractModelMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        List<Path> classpath = classpath();
        Failures.report("index", () -> new IndexCommand(new MavenConsole(getLog())).execute(
                outputDirectory.toPath(), classpath, path -> relative(basedir, path)));
    }

    private static String relative(Path basedir, Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(basedir.toAbsolutePath())
                ? basedir.toAbsolutePath().relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
