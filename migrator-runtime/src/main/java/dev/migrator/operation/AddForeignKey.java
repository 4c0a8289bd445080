package dev.migrator.operation;

import dev.migrator.model.ForeignKey;
import java.util.Objects;

/** Adds a foreign key constraint. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
