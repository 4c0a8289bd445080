package dev.migrator.operation;

import dev.migrator.model.Table;
import java.util.Objects;

/** Drops a table. Carries the full definition so that the reverse re-creates it exactly (the rows are gone). */
public record DropTable(Table table) implements Operation {
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation reverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
