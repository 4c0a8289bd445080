package dev.migrator.render;

import dev.migrator.operation.Operation;
import java.util.List;
import java.util.Objects;

/**
 * Everything a generated migration class says: where it lives, its {@code @Revision} and its
 * operations. {@code parents} is empty for the first migration; {@code downgrade} is normally
 * {@link Downgrade#of} of {@code upgrade}.
 */
public record MigrationSpec(
        String packageName,
        String className,
        String revisionId,
        List<String> parents,
        String message,
        List<Operation> upgrade,
        List<Operation> downgrade) {

    public MigrationSpec {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revisionId, "revisionId");
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
