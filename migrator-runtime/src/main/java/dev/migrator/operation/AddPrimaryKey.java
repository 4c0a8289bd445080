package dev.migrator.operation;

import dev.migrator.model.PrimaryKey;
import java.util.Objects;

/** Adds a primary key. */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Operation {
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public Operation reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
