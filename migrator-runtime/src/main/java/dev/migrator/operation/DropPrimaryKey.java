package dev.migrator.operation;

import dev.migrator.model.PrimaryKey;
import java.util.Objects;

/** Drops a table's primary key. */
public record DropPrimaryKey(String table, PrimaryKey primaryKey) implements Operation {
    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public Operation reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
