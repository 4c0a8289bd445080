package dev.migrator.operation;

import java.util.Objects;

/** Makes a column nullable, or not null. */
public record AlterColumnNullability(String table, String column, boolean nullable) implements Operation {
    public AlterColumnNullability {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AlterColumnNullability(table, column, !nullable);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
