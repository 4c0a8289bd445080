package dev.migrator.diff;

import dev.migrator.operation.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchemaDiffer} found: the operations that turn the old schema into the new one, in an
 * order that applies, and the drop+add pairs that look like renames (reported, never applied).
 * {@code renameOrigins} maps each rename operation that source identity proved to that origin
 * ({@code "com.x.Book#title"}), so that {@code make} can say why it renamed without asking.
 */
public record Diff(List<Operation> operations, List<RenameCandidate> renameCandidates, Map<Operation, String> renameOrigins) {
    public Diff {
        operations = List.copyOf(operations);
        renameCandidates = List.copyOf(renameCandidates);
        renameOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(renameOrigins));
    }

    /** A diff with no renames proved by origins. */
    public Diff(List<Operation> operations, List<RenameCandidate> renameCandidates) {
        this(operations, renameCandidates, Map.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
