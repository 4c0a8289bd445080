package dev.migrator.plugin;

import dev.migrator.plugin.command.VerifyCommand;
import dev.migrator.plugin.command.VerifyRequest;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Boots Hibernate ORM's own metamodel for the project's entities — offline, no database, with the
 * project's Hibernate settings — and compares it with the snapshot migrator made from the same
 * entities: tables, columns with the dialect's types, nullability, defaults, keys, foreign-key and
 * index names, unique and check constraints, sequences. Prints every difference and fails when
 * there is one. Run it once to trust migrator on your model, or on every CI build.
 *
 * <p>Hibernate settings come, each layer winning over the one before, from
 * {@code hibernate.properties} on the project's classpath, a Spring Boot application's
 * {@code application.properties}/{@code application.yml} ({@code spring.jpa.hibernate.naming.*},
 * {@code spring.jpa.properties.*}, {@code spring.jpa.database-platform}; with Spring Boot's naming
 * defaults when its Hibernate auto-configuration is on the classpath) and
 * {@code <hibernateProperties>}; connection and schema-action settings are ignored.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class VerifyMojo extends AbstractModelMojo {

    /**
     * The dialect to verify against: {@code h2} or {@code postgresql}. Default: the dialect the
     * snapshot was made for, else the project's {@code hibernate.dialect} (or Spring's
     * {@code spring.jpa.database-platform}) when it is Hibernate's H2 or PostgreSQL dialect, else both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.dialect")
    String dialect;

    /**
     * Hibernate settings of the application, as in {@code hibernate.properties} (which is read
     * too, as are Spring Boot's {@code application.properties}/{@code application.yml}; these win):
     * {@code hibernate.physical_naming_strategy},
     * {@code hibernate.implicit_naming_strategy}, {@code hibernate.auto_quote_keyword},
     * {@code hibernate.id.db_structure_naming_strategy}, {@code jakarta.persistence.validation.mode}, ...
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> hibernateProperties;

    /**
     * The compile classpath, then the runtime-only dependencies: Hibernate sees what the running
     * application sees (hibernate-validator is often a runtime dependency, and it changes the DDL).
     */
    private List<Path> applicationClasspath() throws MojoExecutionException {
        Set<Path> paths = new LinkedHashSet<>(classpath());
        try {
            project.getRuntimeClasspathElements().forEach(element -> paths.add(Path.of(element)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime classpath is not resolved", e);
        }
        return List.copyOf(paths);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        VerifyRequest request = new VerifyRequest(outputDirectory.toPath(), applicationClasspath(), dialect,
                hibernateProperties);
        Failures.report("verify", () -> new VerifyCommand(new MavenConsole(getLog())).execute(request));
    }
}
