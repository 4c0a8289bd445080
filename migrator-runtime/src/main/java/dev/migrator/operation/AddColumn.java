package dev.migrator.operation;

import dev.migrator.model.Column;
import java.util.Objects;

/** Adds a column. */
public record AddColumn(String table, Column column) implements Operation {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
