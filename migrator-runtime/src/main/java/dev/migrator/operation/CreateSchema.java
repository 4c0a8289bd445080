package dev.migrator.operation;

import dev.migrator.model.QualifiedName;
import java.util.Objects;

/**
 * Creates a schema (a namespace for tables and sequences) unless it exists: the differ emits it
 * before the first table or sequence of a schema that no table or sequence used yet. Never the
 * connection's default schema, which always exists.
 *
 * <p>Dialects write {@code create schema if not exists}, so adopting a database where the schema
 * was already created (by Hibernate's {@code create_namespaces}, or by a DBA) works. Replay does
 * not track schemas (the model derives them from table and sequence names), so this changes no
 * model.
 *
 * @param name the schema's physical name, in the model's conventions (backticks for an explicitly
 *     quoted name); not qualified
 */
public record CreateSchema(String name) implements Operation {
    public CreateSchema {
        Objects.requireNonNull(name, "name");
        if (!QualifiedName.parse(name).isDefaultSchema()) {
            throw new IllegalArgumentException("a schema name has no schema of its own: " + name);
        }
    }

    @Override
    public Operation reverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
