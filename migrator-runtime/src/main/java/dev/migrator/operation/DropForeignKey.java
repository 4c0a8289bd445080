package dev.migrator.operation;

import dev.migrator.model.ForeignKey;
import java.util.Objects;

/** Drops a foreign key constraint. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Operation {
    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Operation reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
