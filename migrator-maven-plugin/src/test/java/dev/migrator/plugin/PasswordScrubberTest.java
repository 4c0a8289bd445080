package dev.migrator.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;

/** The password leaves the build's properties (which other plugins print under -X) and stays readable for the goals. */
class PasswordScrubberTest {

    @SuppressWarnings("deprecation") // the constructor Maven 3.8 itself uses; enough for a session without a container
    private static MavenSession session(Properties user, Properties system) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(user);
        request.setSystemProperties(system);
        return new MavenSession(null, new DefaultRepositorySystemSession(), request, new DefaultMavenExecutionResult());
    }

    @Test
    void movesThePropertyAndTheEnvironmentVariableOutOfEveryProperty() {
        Properties user = new Properties();
        user.setProperty("migrator.password", "S3cr3t-Pw");
        user.setProperty("migrator.user", "app");
        Properties system = new Properties();
        system.setProperty("env.MIGRATOR_PASSWORD", "From-Env");
        system.setProperty("env.MAVEN_CMD_LINE_ARGS", "-X -Dmigrator.password=S3cr3t-Pw migrator:migrate");
        system.setProperty("sun.java.command", "Launcher -Dmigrator.password=S3cr3t-Pw x From-Env");
        MavenSession session = session(user, system);

        new PasswordScrubber().afterProjectsRead(session);

        String everything = session.getUserProperties().toString() + session.getSystemProperties();
        assertThat(everything).doesNotContain("S3cr3t-Pw", "From-Env");
        assertThat(session.getUserProperties()).doesNotContainKey("migrator.password").containsEntry("migrator.user", "app");
        assertThat(session.getSystemProperties()).doesNotContainKey("env.MIGRATOR_PASSWORD")
                .containsEntry("env.MAVEN_CMD_LINE_ARGS", "-X -Dmigrator.password=*** migrator:migrate")
                .containsEntry("sun.java.command", "Launcher -Dmigrator.password=*** x ***");
        assertThat(PasswordScrubber.kept(session, PasswordScrubber.PROPERTY_KEY)).isEqualTo("S3cr3t-Pw");
        assertThat(PasswordScrubber.kept(session, PasswordScrubber.ENVIRONMENT_KEY)).isEqualTo("From-Env");
    }

    @Test
    void withoutAPasswordNothingChangesAndNothingIsKept() {
        Properties user = new Properties();
        user.setProperty("migrator.url", "jdbc:h2:mem:x");
        Properties system = new Properties();
        system.setProperty("sun.java.command", "Launcher migrator:migrate");
        MavenSession session = session(user, system);

        new PasswordScrubber().afterProjectsRead(session);

        assertThat(session.getUserProperties()).containsOnlyKeys("migrator.url");
        assertThat(session.getSystemProperties()).containsEntry("sun.java.command", "Launcher migrator:migrate");
        assertThat(PasswordScrubber.kept(session, PasswordScrubber.PROPERTY_KEY)).isNull();
    }
}
