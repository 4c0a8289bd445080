package dev.migrator.operation;

import java.util.Objects;

/** Changes a column-level check constraint ({@code null}: none). */
public record AlterColumnCheck(String table, String column, String from, String to) implements Operation {
    public AlterColumnCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AlterColumnCheck(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
