package dev.migrator.operation;

import dev.migrator.model.Sequence;
import java.util.Objects;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Operation reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
