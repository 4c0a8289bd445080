package dev.migrator.operation;

import dev.migrator.model.UniqueConstraint;
import java.util.Objects;

/** Adds a unique constraint. */
public record AddUniqueConstraint(String table, UniqueConstraint unique) implements Operation {
    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, unique);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
