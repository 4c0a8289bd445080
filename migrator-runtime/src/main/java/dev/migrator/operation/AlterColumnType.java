package dev.migrator.operation;

import dev.migrator.model.ColumnType;
import java.util.Objects;

/** Changes a column's type (including length, precision and scale). */
public record AlterColumnType(String table, String column, ColumnType from, ColumnType to) implements Operation {
    public AlterColumnType {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation reverse() {
        return new AlterColumnType(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
