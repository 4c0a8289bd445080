package dev.migrator.operation;

import java.util.Objects;

/**
 * Records a change of a table's {@code options} (JPA 3.2 {@code @Table(options)}, a SQL fragment
 * that Hibernate appends to {@code create table}; {@code null}: none) in the schema model, and runs
 * no SQL.
 *
 * <p>Why no SQL: the options are whatever text follows a {@code create table} on one database
 * ({@code with (fillfactor=70)}, {@code tablespace t}, an H2 engine), and no statement that turns
 * one such text into another can be derived from the two texts (Hibernate's own update mode does
 * not try either). The differ emits this operation so that the replayed model follows the entities,
 * and {@code make} reports it as a step to write by hand ({@code op.executeSql("alter table ...")})
 * when the change must reach existing databases; a table created later gets the new options.
 */
public record SetTableOptions(String table, String from, String to) implements Operation {
    public SetTableOptions {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Operation reverse() {
        return new SetTableOptions(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
