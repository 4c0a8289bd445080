package dev.migrator.plugin.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link VerifyCommand} works on.
 *
 * @param outputDirectory the compiled classes and snapshot fragments ({@code target/classes})
 * @param classpath the rest of the compile classpath, searched after the output directory
 * @param dialect {@code migrator.dialect} ({@code h2} or {@code postgresql}), or {@code null}: the
 *     dialect the snapshot names, else both
 * @param hibernateProperties the plugin's {@code <hibernateProperties>}; they win over the project's {@code hibernate.properties}
 */
public record VerifyRequest(Path outputDirectory, List<Path> classpath, String dialect, Map<String, String> hibernateProperties) {

    public VerifyRequest {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        classpath = List.copyOf(classpath);
        hibernateProperties = hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties);
    }

    /** The output directory followed by the classpath, without repeating the output directory. */
    List<Path> roots() {
        java.util.List<Path> roots = new java.util.ArrayList<>();
        roots.add(outputDirectory);
        classpath.stream().filter(p -> !p.equals(outputDirectory)).forEach(roots::add);
        return roots;
    }
}
