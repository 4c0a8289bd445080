package dev.migrator;

import java.util.List;

/**
 * Where a database stands: {@code current} are the applied revisions no other applied revision
 * follows (one, unless two branches were applied before their merge; empty at base),
 * {@code applied} the history rows in install order, {@code pending} the migrations of the code
 * not yet applied, in the order {@code migrate} would apply them, and {@code problems} what
 * {@link Migrator#validate()} finds.
 */
public record MigrationStatus(
        List<String> current, List<AppliedMigration> applied, List<MigrationInfo> pending, ValidationReport problems) {
    public MigrationStatus {
        current = List.copyOf(current);
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }
}
