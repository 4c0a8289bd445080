package dev.migrator.runner;

import dev.migrator.Migration;
import dev.migrator.MigrationInfo;
import dev.migrator.operation.Operation;
import java.util.List;

/**
 * A migration class, instantiated: the instance, what its {@code @Revision} and upgrade say
 * ({@code info}, the checksum computed from {@code upgrade}), and its upgrade operations, recorded
 * once.
 */
public record MigrationCode(Migration migration, MigrationInfo info, List<Operation> upgrade) {
    public MigrationCode {
        upgrade = List.copyOf(upgrade);
    }
}
