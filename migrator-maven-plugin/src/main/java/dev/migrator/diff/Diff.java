package dev.migrator.diff;

import dev.migrator.operation.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchemaDiffer} found: the operations that turn the old schema into the new one, in an
 * order that applies; the drop+add pairs that look like renames (reported, never applied); the
 * columns becoming NOT NULL for which no one-off value was given ({@link NotNullChange}: their
 * operations are the plain ones, which fail on rows that hold no value); and, in
 * {@code renameOrigins}, each rename operation that source identity proved, mapped to that origin
 * ({@code "com.x.Book#title"}), so that {@code make} can say why it renamed without asking; and
 * in {@code downgradeFills}, by {@code table.column}, the one-off value the downgrade writes into
 * the remaining rows when it re-adds a dropped NOT NULL column ({@code Downgrade.of}).
 */
public record Diff(
        List<Operation> operations,
        List<RenameCandidate> renameCandidates,
        List<NotNullChange> unfilled,
        Map<Operation, String> renameOrigins,
        Map<String, String> downgradeFills) {
    public Diff {
        operations = List.copyOf(operations);
        renameCandidates = List.copyOf(renameCandidates);
        unfilled = List.copyOf(unfilled);
        renameOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(renameOrigins));
        downgradeFills = Map.copyOf(downgradeFills);
    }

    /** A diff with no NOT NULL change left unfilled, no rename proved by origins and no downgrade value. */
    public Diff(List<Operation> operations, List<RenameCandidate> renameCandidates) {
        this(operations, renameCandidates, List.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
