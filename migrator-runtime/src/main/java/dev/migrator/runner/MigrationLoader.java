package dev.migrator.runner;

import dev.migrator.Migration;
import dev.migrator.MigrationException;
import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import dev.migrator.OperationRecorder;
import dev.migrator.Revision;
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
 * Reads every {@value MigrationIndex#RESOURCE} resource of a class loader (one class name per line;
 * blank lines and {@code #} comments allowed; a class listed twice counts once) and instantiates
 * the migrations. No classpath scanning: the index is the list. Every problem is a
 * {@link MigrationException} naming the class and the index resource.
 */
public final class MigrationLoader {
    private MigrationLoader() {}

    /** The migrations the index resources of {@code classLoader} list, in index order. */
    public static List<LoadedMigration> load(ClassLoader classLoader) {
        Map<String, URL> classNames = indexedClassNames(classLoader);
        List<LoadedMigration> migrations = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, URL> entry : classNames.entrySet()) {
            migrations.add(instantiate(entry.getKey(), entry.getValue(), classLoader, position++));
        }
        return migrations;
    }

    private static Map<String, URL> indexedClassNames(ClassLoader classLoader) {
        Map<String, URL> names = new LinkedHashMap<>();
        try {
            for (URL resource : Collections.list(classLoader.getResources(MigrationIndex.RESOURCE))) {
                for (String name : readLines(resource)) {
                    names.putIfAbsent(name, resource);
                }
            }
        } catch (IOException e) {
            throw new MigrationException("cannot read the migration index " + MigrationIndex.RESOURCE + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static List<String> readLines(URL resource) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static LoadedMigration instantiate(String className, URL index, ClassLoader classLoader, int position) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationException("the migration class " + className + " listed in " + index
                    + " cannot be loaded (" + e + "); compile the project, or remove the line from the index");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MigrationException("the class " + className + " listed in " + index + " does not extend "
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
        String checksum = checksum(migration, revision.id(), className);
        MigrationInfo info = new MigrationInfo(
                revision.id(), List.of(revision.parents()), revision.message(), className, checksum);
        return new LoadedMigration(info, migration, position);
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

    private static String checksum(Migration migration, String id, String className) {
        try {
            return Checksums.of(OperationRecorder.upgradeOf(migration));
        } catch (RuntimeException e) {
            throw new MigrationException("the upgrade of migration " + id + " (" + className + ") fails while "
                    + "describing its operations: " + e.getMessage(), id, null, e);
        }
    }
}
