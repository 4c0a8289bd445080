package dev.migrator.operation;

import dev.migrator.model.Index;
import java.util.Objects;

/** Creates an index. */
public record CreateIndex(String table, Index index) implements Operation {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Operation reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
