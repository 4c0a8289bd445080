package dev.migrator.plugin.command;

import dev.migrator.Migration;
import dev.migrator.Revision;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** Loads and instantiates the migration classes the index lists, with an error per kind of mistake. */
final class MigrationLoader {
    private MigrationLoader() {}

    static List<LoadedMigration> load(List<String> classNames, ClassLoader loader, String indexPath)
            throws CommandException {
        List<LoadedMigration> loaded = new ArrayList<>();
        for (String name : classNames) {
            loaded.add(load(name, loader, indexPath));
        }
        return loaded;
    }

    private static LoadedMigration load(String name, ClassLoader loader, String indexPath) throws CommandException {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CommandException("Migration class " + name + " is listed in " + indexPath
                    + " but is not compiled: check that its source exists and compiles, or remove the line.", e);
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new CommandException("Class " + name + " listed in " + indexPath + " does not extend "
                    + Migration.class.getName() + ": remove the line or fix the class.");
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new CommandException("Migration class " + name + " has no @" + Revision.class.getName()
                    + " annotation: add one with its id and parents.");
        }
        return new LoadedMigration(name, revision.id(), List.of(revision.parents()), revision.message(),
                instantiate(type.asSubclass(Migration.class)));
    }

    private static Migration instantiate(Class<? extends Migration> type) throws CommandException {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new CommandException("Migration class " + type.getName()
                    + " needs a public no-argument constructor and must not be abstract.", e);
        } catch (InvocationTargetException e) {
            throw new CommandException("The constructor of migration class " + type.getName() + " failed: "
                    + e.getCause(), e.getCause());
        }
    }
}
