package dev.migrator.plugin;

import dev.migrator.plugin.command.MakeCommand;
import dev.migrator.plugin.command.MakeRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the next migration: compiles the project (so the entity snapshots are current), replays
 * the existing migrations, diffs against the entities and writes
 * {@code src/main/java/<migrationsPackage>/V000N_<Message>.java} plus its line in the migration
 * index, printing one line per change. Writes nothing, and says so, when nothing changed. In
 * interactive mode it asks about drop + add pairs that look like renames, and for a one-off value
 * for the existing rows of a column that becomes NOT NULL ({@code migrator.defaults} in batch mode). Needs no
 * database. Like Django's {@code makemigrations} and Alembic's {@code revision --autogenerate}.
 *
 * @since 0.1.0
 */
@Mojo(name = "make", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MakeMojo extends AbstractWritingMojo {

    /**
     * Writes an empty migration to fill in by hand (SQL, Java, data changes), even when nothing
     * changed. With two heads, the empty migration follows both: it merges the branches.
     * Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.empty", defaultValue = "false")
    boolean empty;

    /**
     * Renames to generate instead of drop + add, comma-separated physical names:
     * {@code old_table=new_table} and {@code table.old_column=new_column}. make suggests the entry
     * when a drop + add looks like a rename. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.renames")
    String renames;

    /**
     * One-off SQL values for the existing rows of columns that become NOT NULL without a default,
     * comma-separated {@code table.column=<SQL expression>} entries with physical names, e.g.
     * {@code customer.email='unknown',customer.age=0}: the migration adds such a column nullable,
     * sets the value in every row, then makes it NOT NULL (and fills the NULL rows of a column made
     * NOT NULL). A comma inside a {@code '...'} literal or parentheses does not separate entries; a
     * quote inside a literal is doubled ({@code 'it''s'}). Interactive make asks instead; in batch
     * mode, adding a NOT NULL column without a value fails and names this property. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.defaults")
    String defaults;

    /** The build session, for interactive mode (read-only). */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        MakeRequest request = request(empty, renames, defaults);
        boolean interactive = session.getRequest().isInteractiveMode();
        Failures.report("make",
                () -> new MakeCommand(new MavenConsole(getLog()), TerminalQuestions.of(interactive)).execute(request));
    }
}
