package dev.migrator.operation;

import dev.migrator.model.CheckConstraint;
import java.util.Objects;

/** Drops a table-level check constraint. */
public record DropCheckConstraint(String table, CheckConstraint check) implements Operation {
    public DropCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Operation reverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
