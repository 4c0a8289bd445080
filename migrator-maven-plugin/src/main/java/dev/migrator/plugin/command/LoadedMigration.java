package dev.migrator.plugin.command;

import dev.migrator.Migration;
import java.util.List;

/** A migration class from the index, instantiated, with its {@code @Revision} read out. */
record LoadedMigration(String className, String id, List<String> parents, String message, Migration migration) {
    LoadedMigration {
        parents = List.copyOf(parents);
    }
}
