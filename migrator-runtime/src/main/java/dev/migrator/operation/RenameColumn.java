package dev.migrator.operation;

import java.util.Objects;

/** Renames a column; the table's keys and indexes follow. */
public record RenameColumn(String table, String from, String to) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
