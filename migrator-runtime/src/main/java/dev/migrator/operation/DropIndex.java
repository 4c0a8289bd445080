package dev.migrator.operation;

import dev.migrator.model.Index;
import java.util.Objects;

/** Drops an index. */
public record DropIndex(String table, Index index) implements Operation {
    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Operation reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
