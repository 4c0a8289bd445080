package dev.migrator.plugin;

import dev.migrator.plugin.command.CheckCommand;
import dev.migrator.plugin.command.MakeRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the entities have changes that no migration covers, or when the migrations
 * have two heads; writes nothing and needs no database. For CI, like Django's
 * {@code makemigrations --check} and Alembic's {@code check}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractModelMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // check writes nothing, so the source directory and package play no part.
        MakeRequest request = new MakeRequest(project.getBasedir().toPath(), project.getBasedir().toPath(),
                resourcesDirectory.toPath(), outputDirectory.toPath(), classpath(), null, null, false, null, true);
        Failures.report("check", () -> new CheckCommand(new MavenConsole(getLog())).execute(request));
    }
}
