package dev.migrator.operation;

import java.util.Objects;

/** Renames a table; foreign keys that reference it follow. */
public record RenameTable(String from, String to) implements Operation {
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
