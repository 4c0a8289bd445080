package dev.migrator.operation;

import dev.migrator.model.UniqueConstraint;
import java.util.Objects;

/** Drops a unique constraint. */
public record DropUniqueConstraint(String table, UniqueConstraint unique) implements Operation {
    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public Operation reverse() {
        return new AddUniqueConstraint(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
