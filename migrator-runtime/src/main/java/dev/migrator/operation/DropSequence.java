package dev.migrator.operation;

import dev.migrator.model.Sequence;
import java.util.Objects;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Operation {
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Operation reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
