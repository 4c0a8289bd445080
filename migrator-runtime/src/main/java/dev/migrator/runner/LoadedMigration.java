package dev.migrator.runner;

import dev.migrator.Migration;
import dev.migrator.MigrationInfo;
import dev.migrator.OperationRecorder;
import dev.migrator.operation.Operation;
import java.util.List;

/** A migration instance with what the runner knows about it; {@code position} is its line in the index. */
public record LoadedMigration(MigrationInfo info, Migration migration, int position) {

    public String id() {
        return info.id();
    }

    public List<Operation> upgrade() {
        return OperationRecorder.upgradeOf(migration);
    }

    public List<Operation> downgrade() {
        return OperationRecorder.downgradeOf(migration);
    }
}
