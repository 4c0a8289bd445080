package dev.migrator.operation;

import java.util.Objects;

/** Changes a column's default SQL expression ({@code null}: none). */
public record AlterColumnDefault(String table, String column, String from, String to) implements Operation {
    public AlterColumnDefault {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AlterColumnDefault(table, column, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
