package dev.migrator.plugin;

import dev.migrator.plugin.command.SqlCommand;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL script that upgrades a database from one revision to another, history inserts
 * included, for a DBA to review or run; connects to no database. A migration step written in Java
 * cannot be rendered: the script names it in a comment and the goal warns. Like Alembic's
 * {@code upgrade --sql} and Django's {@code sqlmigrate}.
 *
 * @since 0.1.0
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class SqlMojo extends AbstractDatabaseMojo {

    /**
     * The SQL dialect of the script: {@code h2} or {@code postgresql}. Default: the database of
     * {@code migrator.url} when it is set, else {@code h2} (the embedded default database).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.dialect")
    String dialect;

    /**
     * The revision the database is at, whose changes the script leaves out: a revision id, or
     * {@code base} for an empty database. Default {@code base}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.from", defaultValue = "base")
    String from;

    /**
     * The revision the script takes the database to: a revision id, or {@code head}. Default
     * {@code head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.to", defaultValue = "head")
    String to;

    /**
     * The file to write the script to (its directories are created; an existing file is replaced).
     * Default: none, the script is printed to the build log.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.output")
    File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String chosen = dialect != null && !dialect.isBlank() ? dialect : dialectOfUrl();
        List<Path> classpath = classpath();
        Failures.report("sql", () -> new SqlCommand(new MavenConsole(getLog()))
                .execute(classpath, chosen, from, to, output == null ? null : output.toPath()));
    }

    /** The dialect the configured database would need: only the URL's scheme is looked at, nothing connects. */
    private String dialectOfUrl() {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }
}
