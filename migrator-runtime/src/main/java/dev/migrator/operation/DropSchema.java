package dev.migrator.operation;

import dev.migrator.model.QualifiedName;
import java.util.Objects;

/**
 * Drops an empty schema: the differ emits it after the last table or sequence of a schema left.
 *
 * <p>Dialects write {@code drop schema ... restrict}: the database refuses to drop a schema that
 * still holds anything (a table or view created outside migrator, a function, a type), so this
 * operation can never destroy data; {@code cascade} could. Replay likewise refuses while the model
 * still has a table or sequence in the schema.
 *
 * @param name the schema's physical name, not qualified
 */
public record DropSchema(String name) implements Operation {
    public DropSchema {
        Objects.requireNonNull(name, "name");
        if (!QualifiedName.parse(name).isDefaultSchema()) {
            throw new IllegalArgumentException("a schema name has no schema of its own: " + name);
        }
    }

    @Override
    public Operation reverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
