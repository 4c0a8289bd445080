package dev.migrator.operation;

import java.util.Objects;

/** Changes a table's comment ({@code null}: none). */
public record SetTableComment(String table, String from, String to) implements Operation {
    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
