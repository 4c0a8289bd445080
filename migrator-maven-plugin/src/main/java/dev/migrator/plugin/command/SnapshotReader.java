package dev.migrator.plugin.command;

import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the entity snapshot fragments ({@value EntitySnapshot#DIRECTORY}{@code *.json}) of the
 * project's output directory and of every classpath directory and jar, in classpath order.
 *
 * <p>A fragment whose entity class is not on the classpath any more is skipped: its entity was
 * deleted and the incremental compile left the fragment behind (DESIGN.md §4). When two roots hold
 * a fragment for the same entity, the first one (the project's own output) wins.
 */
final class SnapshotReader {
    private final ProjectClassLoader classes;
    private final Console console;
    private final Map<String, EntitySnapshot> byEntity = new LinkedHashMap<>();

    private SnapshotReader(ProjectClassLoader classes, Console console) {
        this.classes = classes;
        this.console = console;
    }

    /** The fragments of {@code roots} (directories and jars), one per live entity class, sorted by class. */
    static List<EntitySnapshot> read(List<Path> roots, ProjectClassLoader classes, Console console)
            throws CommandException {
        SnapshotReader reader = new SnapshotReader(classes, console);
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    reader.directory(root);
                } else if (Files.isRegularFile(root)) {
                    reader.jar(root);
                }
            } catch (IOException e) {
                throw new CommandException("Cannot read entity snapshots from " + root + ": " + e.getMessage(), e);
            }
        }
        List<EntitySnapshot> snapshots = new ArrayList<>(reader.byEntity.values());
        snapshots.sort(java.util.Comparator.comparing(EntitySnapshot::entityClass));
        return snapshots;
    }

    private void directory(Path root) throws IOException, CommandException {
        Path dir = root.resolve(EntitySnapshot.DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            add(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
    }

    private void jar(Path jar) throws IOException, CommandException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                    .filter(e -> isFragment(e.getName()))
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName))
                    .toList();
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    add(new String(in.readAllBytes(), StandardCharsets.UTF_8), jar + "!/" + entry.getName());
                }
            }
        }
    }

    private static boolean isFragment(String name) {
        return name.startsWith(EntitySnapshot.DIRECTORY) && name.endsWith(".json")
                && name.indexOf('/', EntitySnapshot.DIRECTORY.length()) < 0;
    }

    private void add(String json, String source) throws CommandException {
        EntitySnapshot snapshot;
        try {
            snapshot = SnapshotCodec.fromJson(json, source);
        } catch (SnapshotFormatException e) {
            throw new CommandException(e.getMessage() + ". Delete the file and recompile (mvn clean compile) to "
                    + "have migrator-processor write it again.", e);
        }
        if (!classes.hasClass(snapshot.entityClass())) {
            console.info("Ignoring " + source + ": entity class " + snapshot.entityClass() + " no longer exists");
            return;
        }
        byEntity.putIfAbsent(snapshot.entityClass(), snapshot);
    }
}
