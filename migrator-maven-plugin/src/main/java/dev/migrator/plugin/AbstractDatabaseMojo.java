package dev.migrator.plugin;

import dev.migrator.plugin.command.DatabaseRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
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
     * The database password; migrator never prints it, but Maven's own debug output ({@code -X})
     * shows {@code -D} values, so prefer {@code serverId}, which keeps it in {@code settings.xml}
     * (encrypted if you like). Default: the {@code serverId} server's password, else none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.password")
    String password;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password are used
     * (decrypted when encrypted). Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrator.serverId")
    String serverId;

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
        String thePassword = password;
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
        return new DatabaseRequest(classpath(), url.strip(), theUser, thePassword);
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

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime classpath is not resolved", e);
        }
    }
}
