package dev.migrator.operation;

import dev.migrator.model.Column;
import java.util.Objects;

/** Drops a column. Carries the full definition so that the reverse re-creates it (its values are gone). */
public record DropColumn(String table, Column column) implements Operation {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
