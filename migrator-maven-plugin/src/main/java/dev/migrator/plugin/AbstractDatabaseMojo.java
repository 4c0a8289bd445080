package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The connection settings shared by the goals that use a database, and the project classpath they
 * load the migrations from. With no {@code migrator.url}, the database is the embedded H2 file
 * database {@code ${project.basedir}/.migrator/db}, which {@code mvn clean} keeps.
 */
abstract class AbstractDatabaseMojo extends AbstractMojo {
    /** The property the password is read from (never a {@code @Parameter}: see the class comment). */
    static final String PASSWORD_PROPERTY = "migrator.password";

    /** The environment variable read when neither the property nor {@code serverId} gives a password. */
    static final String PASSWORD_VARIABLE = "MIGRATOR_PASSWORD";

    /**
     * The JDBC URL, e.g. {@code jdbc:postgresql://localhost/app}. Default: the embedded H2 file
     * database in the project directory, {@code jdbc:h2:file:<basedir>/.migrator/db}, which
     * {@code mvn clean} keeps.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.url")
    String url;

    /**
     * The database user. Default: the {@code serverId} server's username, else none ({@code sa} for
     * the embedded database).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.user")
    String user;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password are used
     * (decrypted when encrypted), unless {@code migrator.user} / {@code migrator.password} are set.
     * The safest place for a password: Maven never prints it. A password can also come from
     * {@code -Dmigrator.password=...} or the {@code MIGRATOR_PASSWORD} environment variable (with
     * {@code migrator.url}); it is deliberately not a parameter, so that {@code mvn -X} cannot print
     * it, and declaring the plugin with {@code <extensions>true</extensions>} also hides it from
     * other plugins' debug output. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.serverId")
    String serverId;

    /**
     * The database password written in the plugin's {@code <configuration>}, kept so that every
     * setting stays settable there (DESIGN.md §3). Prefer {@code serverId}: a password in a POM can be
     * read by anyone who reads the POM, and {@code mvn -X} prints configured parameter values. Used
     * only when neither {@code -Dmigrator.password}, {@code serverId} nor {@code MIGRATOR_PASSWORD}
     * gives one; deliberately not bound to the {@code migrator.password} property (see
     * {@link #serverId}). Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    String password;

    /**
     * The build session (read-only): the password is read from its properties, see
     * {@link #explicitPassword()}.
     */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The project (read-only). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The user's settings, for {@code serverId} (read-only). */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @SuppressWarnings("deprecation") // JSR-330 injection would need javax.inject; @Component still works on Maven 3.8+
    @Component
    SettingsDecrypter decrypter;

    /** The database and classpath to use; fails with what to fix when the settings do not fit together. */
    DatabaseRequest databaseRequest() throws MojoFailureException, MojoExecutionException {
        String theUser = user;
        String thePassword = explicitPassword();
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(serverId.strip());
            theUser = theUser != null ? theUser : server.getUsername();
            thePassword = thePassword != null ? thePassword : server.getPassword();
        }
        if (url == null || url.isBlank()) {
            if (theUser != null || thePassword != null) {
                throw new MojoFailureException("A database user or serverId is set but no URL: set migrator.url "
                        + "(e.g. -Dmigrator.url=jdbc:postgresql://localhost/app), or remove the user to use the "
                        + "embedded H2 database.");
            }
            return new DatabaseRequest(classpath(), DatabaseRequest.embeddedUrl(project.getBasedir().toPath()), "sa", "");
        }
        if (thePassword == null) {
            String kept = PasswordScrubber.kept(session, PasswordScrubber.ENVIRONMENT_KEY);
            thePassword = kept != null ? kept : System.getenv(PASSWORD_VARIABLE);
        }
        if (thePassword == null) {
            thePassword = password;
        }
        return new DatabaseRequest(classpath(), url.strip(), theUser, thePassword);
    }

    /**
     * The {@code migrator.password} property: as {@link PasswordScrubber} kept it, else {@code -D} on
     * the command line, then a system property, then the POM's {@code <properties>} (as Maven
     * resolves {@code ${...}}); {@code null} when none is set.
     */
    String explicitPassword() {
        String kept = PasswordScrubber.kept(session, PasswordScrubber.PROPERTY_KEY);
        if (kept != null) {
            return kept;
        }
        for (Properties properties : List.of(session.getUserProperties(), session.getSystemProperties(),
                project.getProperties())) {
            String value = properties.getProperty(PASSWORD_PROPERTY);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private Server server(String id) throws MojoFailureException {
        Server server = settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("serverId is " + id + " but settings.xml has no <server> with that id: add "
                    + "<server><id>" + id + "</id><username>...</username><password>...</password></server> to "
                    + "~/.m2/settings.xml, or give -Dmigrator.user and -Dmigrator.password.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("Cannot decrypt the password of server " + id + " in settings.xml: "
                        + problem.getMessage());
            }
        }
        return result.getServer();
    }

    /** The project's output directory and runtime classpath, where the migration index and classes are. */
    List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime classpath is not resolved", e);
        }
    }
}
