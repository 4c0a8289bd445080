package dev.migrator.plugin.command;

import dev.migrator.runner.DriverDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the database commands find the migrations and the database. The password is only handed
 * to the driver: {@link #toString()} and {@link #describe()} never show it.
 *
 * @param classpath the project's output directory and runtime classpath, where the migration index and classes are
 * @param url the JDBC URL
 * @param user the database user, or {@code null}
 * @param password the password, or {@code null}
 */
public record DatabaseRequest(List<Path> classpath, String url, String user, String password) {
    public DatabaseRequest {
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(url, "url");
    }

    /**
     * The embedded default: an H2 file database in {@code .migrator/db} under the project directory,
     * outside {@code target} so that {@code mvn clean} keeps it.
     */
    public static String embeddedUrl(Path baseDirectory) {
        return "jdbc:h2:file:" + baseDirectory.toAbsolutePath().normalize().resolve(".migrator").resolve("db");
    }

    /** {@code jdbc:... (user sa)}, with any password in the URL masked. */
    public String describe() {
        return DriverDataSource.masked(url) + (user == null ? "" : " (user " + user + ")");
    }

    @Override
    public String toString() {
        return "DatabaseRequest[" + describe() + "]";
    }
}
