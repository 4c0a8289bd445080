package dev.migrator.plugin.command;

import dev.migrator.MigrationIndex;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's migration index in its source tree ({@code src/main/resources/}{@value
 * MigrationIndex#RESOURCE}): one migration class name per line, in chain order. {@code make} reads
 * this copy, not the one in the output directory, because it is the one it appends to.
 */
final class MigrationIndexFile {
    private final Path file;

    MigrationIndexFile(Path resourcesDirectory) {
        this.file = resourcesDirectory.resolve(MigrationIndex.RESOURCE);
    }

    Path path() {
        return file;
    }

    /** The index's lines, in file order (format: {@link MigrationIndex}); empty when the file does not exist yet. */
    List<IndexEntry> entries() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return MigrationLoader.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The file's content with {@code className} appended as a new line. */
    String withAppended(String className) throws IOException {
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!current.isEmpty() && !current.endsWith("\n")) {
            current += "\n";
        }
        return current + className + "\n";
    }
}
