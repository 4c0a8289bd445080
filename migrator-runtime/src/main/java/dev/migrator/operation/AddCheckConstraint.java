package dev.migrator.operation;

import dev.migrator.model.CheckConstraint;
import java.util.Objects;

/** Adds a table-level check constraint. */
public record AddCheckConstraint(String table, CheckConstraint check) implements Operation {
    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
