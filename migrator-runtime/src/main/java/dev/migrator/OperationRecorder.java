package dev.migrator;

import dev.migrator.operation.Operation;
import java.util.ArrayList;
import java.util.List;

/** Collects the operations a migration describes, in order. Not thread-safe; one per call. */
public final class OperationRecorder implements Operations {
    private final List<Operation> operations = new ArrayList<>();

    @Override
    public void add(Operation operation) {
        operations.add(java.util.Objects.requireNonNull(operation, "operation"));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operations of {@code migration}'s upgrade. */
    public static List<Operation> upgradeOf(Migration migration) {
        OperationRecorder recorder = new OperationRecorder();
        migration.upgrade(recorder);
        return recorder.operations();
    }

    /** The operations of {@code migration}'s downgrade. */
    public static List<Operation> downgradeOf(Migration migration) {
        OperationRecorder recorder = new OperationRecorder();
        migration.downgrade(recorder);
        return recorder.operations();
    }
}
