package dev.migrator.diff;

import dev.migrator.operation.Operation;
import java.util.List;

/**
 * What {@link SchemaDiffer} found: the operations that turn the old schema into the new one, in an
 * order that applies, and the drop+add pairs that look like renames (reported, never applied).
 */
public record Diff(List<Operation> operations, List<RenameCandidate> renameCandidates) {
    public Diff {
        operations = List.copyOf(operations);
        renameCandidates = List.copyOf(renameCandidates);
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
