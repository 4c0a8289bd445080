package dev.migrator.plugin.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MakeCommand} works on: the project's directories and classpath, and the user's
 * options ({@code migrator.message}, {@code migrator.empty}, {@code migrator.renames},
 * {@code migrator.dryRun}, {@code migrator.defaults}).
 *
 * @param baseDirectory the project directory, for reporting paths relative to it
 * @param sourceDirectory where migration sources are written ({@code src/main/java})
 * @param resourcesDirectory where the migration index lives ({@code src/main/resources})
 * @param outputDirectory the compiled classes and snapshot fragments ({@code target/classes})
 * @param classpath the rest of the compile classpath (directories and jars), searched after the output directory
 * @param migrationsPackage the package of migration classes
 * @param message what the migration does; blank: derived from the changes
 * @param empty write an empty migration for hand edits, even with no change (a merge when there are two heads)
 * @param renames {@code migrator.renames}, or {@code null}
 * @param dryRun report only, write nothing
 * @param defaults {@code migrator.defaults} (one-off values for columns becoming NOT NULL), or {@code null}
 */
public record MakeRequest(
        Path baseDirectory,
        Path sourceDirectory,
        Path resourcesDirectory,
        Path outputDirectory,
        List<Path> classpath,
        String migrationsPackage,
        String message,
        boolean empty,
        String renames,
        boolean dryRun,
        String defaults) {

    public MakeRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(resourcesDirectory, "resourcesDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        classpath = List.copyOf(classpath);
    }

    /** A request without {@code migrator.defaults}. */
    public MakeRequest(Path baseDirectory, Path sourceDirectory, Path resourcesDirectory, Path outputDirectory,
            List<Path> classpath, String migrationsPackage, String message, boolean empty, String renames,
            boolean dryRun) {
        this(baseDirectory, sourceDirectory, resourcesDirectory, outputDirectory, classpath, migrationsPackage, message,
                empty, renames, dryRun, null);
    }

    /** The output directory followed by the classpath, without repeating the output directory. */
    List<Path> roots() {
        java.util.List<Path> roots = new java.util.ArrayList<>();
        roots.add(outputDirectory);
        classpath.stream().filter(p -> !p.equals(outputDirectory)).forEach(roots::add);
        return roots;
    }

    /** {@code path} relative to the project directory, with forward slashes, for messages. */
    String relative(Path path) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
