package dev.migrator.diff;

import dev.migrator.operation.Operation;
import java.util.List;

/**
 * What {@link SchemaDiffer} found: the operations that turn the old schema into the new one, in an
 * order that applies, the drop+add pairs that look like renames (reported, never applied), and the
 * columns becoming NOT NULL for which no one-off value was given ({@link NotNullChange}: their
 * operations are the plain ones, which fail on rows that hold no value).
 */
public record Diff(List<Operation> operations, List<RenameCandidate> renameCandidates, List<NotNullChange> unfilled) {
    public Diff {
        operations = List.copyOf(operations);
        renameCandidates = List.copyOf(renameCandidates);
        unfilled = List.copyOf(unfilled);
    }

    /** A diff with no NOT NULL change left unfilled. */
    public Diff(List<Operation> operations, List<RenameCandidate> renameCandidates) {
        this(operations, renameCandidates, List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
