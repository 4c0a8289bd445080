package dev.migrator.operation;

import java.util.Objects;

/**
 * Makes a column NOT NULL after filling the rows that hold NULL there with a one-off SQL
 * expression: {@code update t set c = <fill> where c is null}, then {@code alter column c set not
 * null}. This is how {@code make} adds a NOT NULL column to a table that may have rows (add it
 * nullable, then this) and narrows a nullable column, Django's "one-off default": the expression is
 * not the column's default, so nothing of it stays in the schema.
 *
 * <p>{@code fill} is a SQL expression by contract ({@code 'unknown'}, {@code 0},
 * {@code current_timestamp}), written into the statement as given, like a column default. The
 * reverse makes the column nullable again; the filled values stay (which rows held NULL is not
 * known any more), which is harmless for a column the downgrade then drops.
 */
public record SetNotNull(String table, String column, String fill) implements Operation {
    public SetNotNull {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fill, "fill expression of " + table + "." + column);
        if (fill.isBlank()) {
            throw new IllegalArgumentException("the fill expression of " + table + "." + column + " is blank");
        }
    }

    @Override
    public Operation reverse() {
        return new AlterColumnNullability(table, column, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
