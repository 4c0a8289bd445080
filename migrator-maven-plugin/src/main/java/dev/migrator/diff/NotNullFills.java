package dev.migrator.diff;

import dev.migrator.model.Column;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operations for a column that becomes NOT NULL on a table that may hold rows, during one
 * diff: with a value for those rows, the column is filled ({@link SetNotNull}) before it is NOT
 * NULL; without one, the plain operation is kept and the change is remembered as
 * {@link #unfilled()}. The value is the column's own default when it has one, else the one-off
 * value of {@link NotNullDefaults}. Identity columns need none: the database generates them.
 *
 * <p>A dropped NOT NULL column without default or identity is the same change seen from the
 * downgrade, which re-adds it to the rows that remain: its value is kept in
 * {@link #downgradeFills()}, else the change is unfilled.
 */
final class NotNullFills {
    private final NotNullDefaults fills;
    private final List<NotNullChange> unfilled = new ArrayList<>();
    private final Map<String, String> downgradeFills = new TreeMap<>();

    NotNullFills(NotNullDefaults fills) {
        this.fills = fills;
    }

    /**
     * An added column. Nullable, identity, generated or with a default, it is added as it is (the
     * database fills existing rows with the default or the computed value); else it is added nullable, filled and made NOT NULL, which
     * gives exactly the column the entity declares (no default stays behind).
     */
    List<Operation> added(String table, Column column) {
        if (column.nullable() || column.identity() || column.generatedAs() != null || column.defaultValue() != null) {
            return List.of(new AddColumn(table, column));
        }
        Optional<String> fill = fills.of(table, column.name());
        if (fill.isEmpty()) {
            unfilled.add(new NotNullChange(table, column.name(), NotNullChange.Kind.ADD));
            return List.of(new AddColumn(table, column));
        }
        return List.of(new AddColumn(table, column.withNullable(true)), new SetNotNull(table, column.name(), fill.get()));
    }

    /** A kept column made NOT NULL: its NULL rows get its default, else the one-off value, if either exists. */
    Operation narrowed(String table, Column after) {
        Optional<String> fill = Optional.ofNullable(after.defaultValue()).or(() -> fills.of(table, after.name()));
        if (after.identity() || after.generatedAs() != null) {
            fill = Optional.empty(); // the database computes the value: no row can be filled by hand
        } else if (fill.isEmpty()) {
            unfilled.add(new NotNullChange(table, after.name(), NotNullChange.Kind.NARROW));
        }
        return fill.<Operation>map(f -> new SetNotNull(table, after.name(), f))
                .orElseGet(() -> new AlterColumnNullability(table, after.name(), false));
    }

    /** A dropped column: the downgrade that re-adds it needs a value when it is NOT NULL without default or identity. */
    Operation dropped(String table, Column column) {
        if (!column.nullable() && !column.identity() && column.defaultValue() == null) {
            fills.of(table, column.name()).ifPresentOrElse(
                    fill -> downgradeFills.put(table + "." + column.name(), fill),
                    () -> unfilled.add(new NotNullChange(table, column.name(), NotNullChange.Kind.DROP)));
        }
        return new DropColumn(table, column);
    }

    /** The values for the downgrades of dropped NOT NULL columns, by {@code table.column}. */
    Map<String, String> downgradeFills() {
        return Map.copyOf(downgradeFills);
    }

    /** The NOT NULL changes left without a value, in diff order. */
    List<NotNullChange> unfilled() {
        return List.copyOf(unfilled);
    }
}
