package dev.migrator.model;

/**
 * A table-level check constraint. {@code name} is {@code null} when the database chooses it.
 * {@code expression} is SQL, written with physical column names.
 */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Names.requireName(expression, "check constraint expression");
    }

    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression);
    }
}
