package dev.migrator.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A database schema: tables and sequences, each kept sorted by name so that equal schemas are
 * equal values and everything derived from them is deterministic. Immutable; the {@code with…}
 * methods return modified copies.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = uniqueSorted(tables, Table::name, "table");
        sequences = uniqueSorted(sequences, Sequence::name, "sequence");
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException("there is no table " + name));
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema withTable(Table table) {
        List<Table> copy = new ArrayList<>(tables);
        copy.removeIf(t -> t.name().equals(table.name()));
        copy.add(table);
        return new Schema(copy, sequences);
    }

    public Schema withoutTable(String name) {
        requireTable(name);
        return new Schema(tables.stream().filter(t -> !t.name().equals(name)).toList(), sequences);
    }

    /**
     * This schema with the named table replaced through {@code change}. Renaming goes through
     * {@link #renameTable} instead, so that foreign keys follow; a change that renames fails.
     */
    public Schema alterTable(String name, UnaryOperator<Table> change) {
        Table changed = change.apply(requireTable(name));
        if (!changed.name().equals(name)) {
            throw new IllegalArgumentException("alterTable cannot rename " + name + "; use renameTable");
        }
        return withTable(changed);
    }

    /** This schema with a table renamed, and the foreign keys of every table that referenced it following it. */
    public Schema renameTable(String from, String to) {
        Table renamed = requireTable(from).withName(to);
        List<Table> copy = new ArrayList<>();
        for (Table table : tables) {
            Table current = table.name().equals(from) ? renamed : table;
            copy.add(current.withForeignKeys(current.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(from) ? fk.withReferencedTable(to) : fk)
                    .toList()));
        }
        return new Schema(copy, sequences);
    }

    public Schema withSequence(Sequence sequence) {
        List<Sequence> copy = new ArrayList<>(sequences);
        copy.removeIf(s -> s.name().equals(sequence.name()));
        copy.add(sequence);
        return new Schema(tables, copy);
    }

    public Schema withoutSequence(String name) {
        sequence(name).orElseThrow(() -> new IllegalArgumentException("there is no sequence " + name));
        return new Schema(tables, sequences.stream().filter(s -> !s.name().equals(name)).toList());
    }

    /**
     * The schemas other than the default one that hold a table or sequence of this model, sorted:
     * the model has no separate list of schemas, a schema exists while something lives in it
     * (see {@link QualifiedName}).
     */
    public SortedSet<String> namespaces() {
        SortedSet<String> names = new TreeSet<>();
        tables.forEach(t -> addNamespace(names, t.name()));
        sequences.forEach(s -> addNamespace(names, s.name()));
        return Collections.unmodifiableSortedSet(names);
    }

    private static void addNamespace(SortedSet<String> names, String qualified) {
        String schema = QualifiedName.schemaOf(qualified);
        if (schema != null) {
            names.add(schema);
        }
    }

    private static <T> List<T> uniqueSorted(
            Collection<T> items, java.util.function.Function<T, String> name, String what) {
        TreeMap<String, T> byName = new TreeMap<>();
        for (T item : items == null ? List.<T>of() : items) {
            if (byName.put(name.apply(item), item) != null) {
                throw new IllegalArgumentException("two " + what + "s are named " + name.apply(item));
            }
        }
        return List.copyOf(byName.values());
    }
}
