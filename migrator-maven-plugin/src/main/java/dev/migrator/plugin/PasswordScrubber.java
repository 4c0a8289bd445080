package dev.migrator.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;

/**
 * Takes the password out of the build's properties before any plugin runs, when the plugin is
 * declared with {@code <extensions>true</extensions>}. Without this, {@code mvn -X} shows a
 * {@code -Dmigrator.password} or {@code MIGRATOR_PASSWORD} value even though migrator never prints
 * it: other plugins dump every property at debug level (maven-resources-plugin's
 * {@code properties used:} list, in the {@code compile} the goals run first), and Maven keeps the
 * command line in {@code env.MAVEN_CMD_LINE_ARGS} and {@code sun.java.command}.
 *
 * <p>The values are moved to the repository session's data ({@link #PROPERTY_KEY},
 * {@link #ENVIRONMENT_KEY}), which nothing prints and where {@link AbstractDatabaseMojo} reads them;
 * every other property that contains them has them replaced by {@code ***}.
 */
public class PasswordScrubber extends AbstractMavenLifecycleParticipant {
    /** Where the {@code migrator.password} property's value is kept for the goals. */
    static final String PROPERTY_KEY = "dev.migrator.password.property";

    /** Where the {@code MIGRATOR_PASSWORD} environment variable's value is kept for the goals. */
    static final String ENVIRONMENT_KEY = "dev.migrator.password.environment";

    private static final String ENVIRONMENT_PROPERTY = "env." + AbstractDatabaseMojo.PASSWORD_VARIABLE;

    @Override
    public void afterProjectsRead(MavenSession session) {
        List<Properties> all = List.of(session.getUserProperties(), session.getSystemProperties(), System.getProperties());
        String property = first(all, AbstractDatabaseMojo.PASSWORD_PROPERTY);
        String environment = first(all, ENVIRONMENT_PROPERTY);
        if (environment == null) {
            environment = System.getenv(AbstractDatabaseMojo.PASSWORD_VARIABLE);
        }
        if (property != null) {
            session.getRepositorySession().getData().set(PROPERTY_KEY, property);
        }
        if (environment != null) {
            session.getRepositorySession().getData().set(ENVIRONMENT_KEY, environment);
        }
        List<String> secrets = new ArrayList<>();
        for (String secret : new String[] {property, environment}) {
            if (secret != null && !secret.isEmpty()) {
                secrets.add(secret);
            }
        }
        for (Properties properties : all) {
            properties.remove(AbstractDatabaseMojo.PASSWORD_PROPERTY);
            properties.remove(ENVIRONMENT_PROPERTY);
            scrub(properties, secrets);
        }
    }

    /** The value of a password the goals should use, moved here by an earlier {@link #afterProjectsRead}, or {@code null}. */
    static String kept(MavenSession session, String key) {
        Object value = session.getRepositorySession() == null ? null : session.getRepositorySession().getData().get(key);
        return value instanceof String text ? text : null;
    }

    private static String first(List<Properties> all, String key) {
        for (Properties properties : all) {
            String value = properties.getProperty(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void scrub(Properties properties, List<String> secrets) {
        if (secrets.isEmpty()) {
            return;
        }
        for (Map.Entry<Object, Object> entry : new ArrayList<>(properties.entrySet())) {
            if (entry.getValue() instanceof String value) {
                String masked = value;
                for (String secret : secrets) {
                    masked = masked.replace(secret, "***");
                }
                if (!masked.equals(value)) {
                    properties.put(entry.getKey(), masked);
                }
            }
        }
    }
}
