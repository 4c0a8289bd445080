package dev.migrator.diff;

import dev.migrator.model.QualifiedName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renames the user declared ({@code migrator.renames}): {@code old_table=new_table} for tables and
 * {@code table.old_column=new_column} for columns, comma-separated, physical names. The table of a
 * column rename may be given by its old or its new name. Immutable.
 *
 * <p>Tables in a schema are named with it (decision D4): {@code sales.orders=sales.purchases} and
 * {@code orders=sales.orders} rename tables (the new name has a schema, which a column name never
 * has), {@code sales.orders.total=amount} renames a column. A table leaving a schema for the default
 * one under the same own name ({@code sales.orders=orders}) reads as a column rename; such a move is
 * found from the entity's source identity without being declared.
 */
public final class Renames {
    /** No renames: every change of name is a drop and an add (reported as a rename candidate). */
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /**
     * Parses {@code a=b,user.fullname=full_name}; blank or {@code null} gives {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the malformed entry
     */
    public static Renames parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<String, String> tables = new TreeMap<>();
        Map<String, Map<String, String>> columns = new TreeMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0 || eq == trimmed.length() - 1 || trimmed.indexOf('=', eq + 1) >= 0) {
                throw new IllegalArgumentException("migrator.renames entry \"" + trimmed
                        + "\" is not of the form old_table=new_table or table.old_column=new_column");
            }
            String from = trimmed.substring(0, eq).strip();
            String to = trimmed.substring(eq + 1).strip();
            int dot = from.lastIndexOf('.');
            if (dot < 0 || QualifiedName.schemaOf(to) != null) {
                put(tables, from, to, trimmed);
            } else {
                put(columns.computeIfAbsent(from.substring(0, dot), t -> new TreeMap<>()), from.substring(dot + 1), to, trimmed);
            }
        }
        return new Renames(Collections.unmodifiableMap(tables), Collections.unmodifiableMap(columns));
    }

    /** Table renames, old name to new name, sorted by old name. */
    public Map<String, String> tables() {
        return tables;
    }

    /** Column renames of a table (given by its old or new name), old column name to new, sorted. */
    public Map<String, String> columnsOf(String oldTable, String newTable) {
        Map<String, String> merged = new LinkedHashMap<>(columns.getOrDefault(oldTable, Map.of()));
        merged.putAll(columns.getOrDefault(newTable, Map.of()));
        return new TreeMap<>(merged);
    }

    /** Every table named in a column rename, for checking that each one exists. */
    public Map<String, Map<String, String>> columns() {
        return columns;
    }

    public Optional<String> renamedTable(String oldName) {
        return Optional.ofNullable(tables.get(oldName));
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    private static void put(Map<String, String> map, String from, String to, String entry) {
        if (from.isEmpty() || to.isEmpty() || map.put(from, to) != null) {
            throw new IllegalArgumentException("migrator.renames entry \"" + entry + "\" is empty or renames "
                    + from + " twice");
        }
    }
}
