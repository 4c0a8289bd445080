package dev.migrator.plugin.command;

import dev.migrator.MigrationException;
import dev.migrator.MigrationIndex;
import dev.migrator.dialect.Dialect;
import dev.migrator.runner.IndexEntry;
import dev.migrator.runner.MigrationCode;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.runner.PrerenderedStatements;
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
 *
 * <p>Beside the index it writes, for each dialect, the upgrade statements of the migrations that
 * are SQL alone ({@link PrerenderedStatements}), so that applying them needs neither their classes
 * nor the dialect.
 */
public final class IndexCommand {
    /** The dialects whose statements are prerendered: every dialect the runtime has. */
    private static final List<Dialect> DIALECTS = List.of(Dialect.named("h2"), Dialect.named("postgresql"));

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
            List<MigrationCode> indexed = new ArrayList<>();
            try (ProjectClassLoader classes = ProjectClassLoader.over(classpath)) {
                for (String line : lines) {
                    Optional<IndexEntry> entry = IndexEntry.parse(line);
                    if (entry.isEmpty()) {
                        rewritten.add(line);
                        continue;
                    }
                    Optional<MigrationCode> code = inspect(entry.get().className(), classes, relative.apply(index));
                    code.ifPresent(indexed::add);
                    rewritten.add(code.map(c -> IndexEntry.of(c.info())).orElse(entry.get().withoutMetadata()).line());
                }
            }
            writeIfChanged(index, String.join("\n", rewritten) + "\n");
            for (Dialect dialect : DIALECTS) {
                writeIfChanged(outputDirectory.resolve(PrerenderedStatements.resource(dialect)),
                        PrerenderedStatements.render(indexed, dialect));
            }
            console.info("Indexed " + indexed.size() + " migration(s) in " + relative.apply(index));
            return indexed.size();
        } catch (IOException e) {
            throw new CommandException("migrator:index cannot read or write " + relative.apply(index) + ": " + e.getMessage(), e);
        }
    }

    /** Rewritten only when it changes, so that an unchanged build leaves the file (and its time) alone. */
    private static void writeIfChanged(Path file, String content) throws IOException {
        if (!Files.exists(file) || !content.equals(Files.readString(file, StandardCharsets.UTF_8))) {
            Files.createDirectories(file.getParent());
            AtomicFiles.commit(AtomicFiles.prepare(file, content), file);
        }
    }

    private Optional<MigrationCode> inspect(String className, ProjectClassLoader classes, String where) {
        try {
            return Optional.of(MigrationLoader.inspect(className, classes.loader(), where));
        } catch (MigrationException e) {
            console.warn(e.getMessage() + " (its index line stays without metadata; the application will report it "
                    + "at start-up)");
            return Optional.empty();
        }
    }
}
