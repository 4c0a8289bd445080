package dev.migrator.runner;

import dev.migrator.Migration;
import dev.migrator.MigrationException;
import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import dev.migrator.OperationRecorder;
import dev.migrator.Revision;
import dev.migrator.operation.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every {@value MigrationIndex#RESOURCE} resource of a class loader (line format in
 * {@link MigrationIndex}; a class listed twice counts once) and makes the migrations known. No
 * classpath scanning: the index is the list. A line with build-time metadata gives a migration
 * whose class is loaded only when needed; a plain line's class is loaded and instantiated here.
 * Every problem is a {@link MigrationException} naming the class and the index.
 */
public final class MigrationLoader {
    private MigrationLoader() {}

    /** The migrations the index resources of {@code classLoader} list, in index order. */
    public static List<LoadedMigration> load(ClassLoader classLoader) {
        Map<String, Listed> entries = new LinkedHashMap<>();
        try {
            for (URL resource : Collections.list(classLoader.getResources(MigrationIndex.RESOURCE))) {
                String where = resource.toString();
                for (IndexEntry entry : read(resource)) {
                    entries.putIfAbsent(entry.className(), new Listed(entry, where));
                }
            }
        } catch (IOException e) {
            throw new MigrationException("cannot read the migration index " + MigrationIndex.RESOURCE + ": " + e.getMessage(), e);
        }
        return load(entries.values(), classLoader);
    }

    /**
     * The migrations {@code entries} list (an index read by a tool from {@code where}, a path for
     * messages), in order; a class listed twice counts once.
     */
    public static List<LoadedMigration> load(List<IndexEntry> entries, ClassLoader classLoader, String where) {
        Map<String, Listed> unique = new LinkedHashMap<>();
        entries.forEach(entry -> unique.putIfAbsent(entry.className(), new Listed(entry, where)));
        return load(unique.values(), classLoader);
    }

    /** The entries of an index's lines, in order (blank and comment lines skipped). */
    public static List<IndexEntry> parse(List<String> lines) {
        List<IndexEntry> entries = new ArrayList<>();
        lines.forEach(line -> IndexEntry.parse(line).ifPresent(entries::add));
        return entries;
    }

    /**
     * Loads the class {@code className} listed in {@code where} and says what it is: its
     * {@code @Revision} and the checksum of its upgrade. For the build step that writes the
     * index's metadata ({@code migrator:index}).
     */
    public static MigrationInfo describe(String className, ClassLoader classLoader, String where) {
        return inspect(className, classLoader, where).info();
    }

    /**
     * Loads the class {@code className} listed in {@code where}: its instance, what it says (as
     * {@link #describe}) and its upgrade's operations. For the build step that writes the index and
     * the prerendered statements ({@code migrator:index}).
     */
    public static MigrationCode inspect(String className, ClassLoader classLoader, String where) {
        return instantiate(className, where, classLoader);
    }

    private record Listed(IndexEntry entry, String where) {}

    private static List<LoadedMigration> load(Iterable<Listed> listed, ClassLoader classLoader) {
        List<LoadedMigration> migrations = new ArrayList<>();
        int position = 0;
        for (Listed item : listed) {
            IndexEntry entry = item.entry();
            migrations.add(entry.hasMetadata()
                    ? LoadedMigration.indexed(entry.info(), position++, () -> loadIndexed(entry.info(), item.where(), classLoader))
                    : LoadedMigration.loaded(instantiate(entry.className(), item.where(), classLoader), position++));
        }
        return migrations;
    }

    private static List<IndexEntry> read(URL resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return parse(lines);
    }

    /** Loads the class of an index line with metadata; its {@code @Revision} must say what the line says. */
    private static MigrationCode loadIndexed(MigrationInfo indexed, String where, ClassLoader classLoader) {
        MigrationCode code = instantiate(indexed.className(), where, classLoader);
        MigrationInfo actual = code.info();
        if (!actual.id().equals(indexed.id()) || !actual.parents().equals(indexed.parents())) {
            throw new MigrationException("the migration index " + where + " is stale: its line for " + indexed.className()
                    + " says id " + indexed.id() + " following " + indexed.parents() + ", but the class's @Revision says id "
                    + actual.id() + " following " + actual.parents() + "; rebuild the project (mvn process-classes "
                    + "runs migrator:index, which rewrites the index from the compiled classes)", indexed.id(), null, null);
        }
        return code;
    }

    private static MigrationCode instantiate(String className, String where, ClassLoader classLoader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationException("the migration class " + className + " is listed in " + where
                    + " but cannot be loaded (" + e + "); compile the project, or remove the line from the index");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MigrationException("the class " + className + " listed in " + where + " does not extend "
                    + Migration.class.getName());
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new MigrationException("the migration class " + className + " has no @Revision annotation; add "
                    + "@Revision(id = \"...\", parents = \"...\") naming it and the migration it follows");
        }
        if (revision.id().isBlank()) {
            throw new MigrationException("the @Revision of " + className + " has an empty id");
        }
        Migration migration = newInstance(type.asSubclass(Migration.class));
        List<Operation> upgrade = upgrade(migration, revision.id(), className);
        MigrationInfo info = new MigrationInfo(
                revision.id(), List.of(revision.parents()), revision.message(), className, Checksums.of(upgrade));
        return new MigrationCode(migration, info, upgrade);
    }

    private static Migration newInstance(Class<? extends Migration> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new MigrationException("the migration class " + type.getName() + " needs a public no-argument constructor", e);
        } catch (InstantiationException | InvocationTargetException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new MigrationException("creating the migration " + type.getName() + " failed: " + cause, cause);
        }
    }

    private static List<Operation> upgrade(Migration migration, String id, String className) {
        try {
            return OperationRecorder.upgradeOf(migration);
        } catch (RuntimeException e) {
            throw new MigrationException("the upgrade of migration " + id + " (" + className + ") fails while "
                    + "describing its operations: " + e.getMessage(), id, null, e);
        }
    }
}
