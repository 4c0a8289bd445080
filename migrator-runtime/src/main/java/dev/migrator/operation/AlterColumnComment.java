package dev.migrator.operation;

import java.util.Objects;

/** Changes a column's comment ({@code null}: none). */
public record AlterColumnComment(String table, String column, String from, String to) implements Operation {
    public AlterColumnComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AlterColumnComment(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
