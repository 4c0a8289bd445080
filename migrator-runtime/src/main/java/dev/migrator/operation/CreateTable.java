package dev.migrator.operation;

import dev.migrator.model.Table;
import java.util.Objects;

/** Creates a table with its columns, primary key, unique and check constraints; foreign keys and indexes the table carries are created after it. */
public record CreateTable(Table table) implements Operation {
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
