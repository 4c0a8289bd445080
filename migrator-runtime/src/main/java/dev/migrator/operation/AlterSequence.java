package dev.migrator.operation;

import dev.migrator.model.Sequence;
import java.util.Objects;

/** Changes a sequence's start or increment (same name). */
public record AlterSequence(Sequence from, Sequence to) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Operation reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
