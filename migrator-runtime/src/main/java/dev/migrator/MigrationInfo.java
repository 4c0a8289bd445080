package dev.migrator;

import java.util.List;

/**
 * A migration known to the code: its revision id, the ids it follows, its message, the class that
 * implements it and the checksum of its upgrade operations ({@link dev.migrator.runner.Checksums}).
 */
public record MigrationInfo(String id, List<String> parents, String description, String className, String checksum) {
    public MigrationInfo {
        parents = List.copyOf(parents);
    }
}
