package dev.migrator.plugin.command;

import dev.migrator.MigrationException;
import dev.migrator.MigrationIndex;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code mvn migrator:index} (bound to {@code process-classes}): rewrites the migration index in the
 * output directory, the copy {@code resources:resources} made of {@code src/main/resources}, with
 * each migration's id, parents, checksum and message computed from the compiled class (line format:
 * {@link MigrationIndex}), so that the application's start-up knows the migrations without loading
 * their classes. Never touches the source index. Metadata already in the file is never trusted:
 * every line is recomputed from its class. A class that cannot be loaded keeps a plain line (the
 * runtime then reports it with its usual message) and is named in a warning.
 */
public final class IndexCommand {
    private final Console console;

    public IndexCommand(Console console) {
        this.console = console;
    }

    /**
     * Enriches {@code outputDirectory}'s index using {@code classpath} (the output directory and the
     * compile classpath); {@code relative} shortens paths for messages. Returns the number of lines
     * written with metadata (0 also when there is no index).
     */
    public int execute(Path outputDirectory, List<Path> classpath, Function<Path, String> relative)
            throws CommandException {
        Path index = outputDirectory.resolve(MigrationIndex.RESOURCE);
        if (!Files.exists(index)) {
            console.info("No migration index " + relative.apply(index) + ": nothing to index");
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            List<String> rewritten = new ArrayList<>();
            int enriched = 0;
            try (ProjectClassLoader classes = ProjectClassLoader.over(classpath)) {
                for (String line : lines) {
                    Optional<IndexEntry> entry = IndexEntry.parse(line);
                    if (entry.isEmpty()) {
                        rewritten.add(line);
                        continue;
                    }
                    IndexEntry indexed = describe(entry.get().className(), classes, relative.apply(index));
                    enriched += indexed.hasMetadata() ? 1 : 0;
                    rewritten.add(indexed.line());
                }
            }
            String content = String.join("\n", rewritten) + "\n";
            // Rewritten only when it changes, so that an unchanged build leaves the file (and its time) alone.
            if (!content.equals(Files.readString(index, StandardCharsets.UTF_8))) {
                AtomicFiles.commit(AtomicFiles.prepare(index, content), index);
            }
            console.info("Indexed " + enriched + " migration(s) in " + relative.apply(index));
            return enriched;
        } catch (IOException e) {
            throw new CommandException("migrator:index cannot read or write " + relative.apply(index) + ": " + e.getMessage(), e);
        }
    }

    private IndexEntry describe(String className, ProjectClassLoader classes, String where) {
        try {
            return IndexEntry.of(MigrationLoader.describe(className, classes.loader(), where));
        } catch (MigrationException e) {
            console.warn(e.getMessage() + " (its index line stays without metadata; the application will report it "
                    + "at start-up)");
            return IndexEntry.plain(className);
        }
    }
}
