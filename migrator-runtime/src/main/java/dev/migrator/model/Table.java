package dev.migrator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table: its columns in creation order, its primary key ({@code null}: none) and its
 * constraints and indexes.
 *
 * <p>Constraint and index lists are kept in a canonical order (by name, then columns), so two
 * tables built in different orders are equal. Column order is kept for rendering but is
 * <em>not</em> part of equality: databases cannot reorder columns, and a migration never needs to.
 * Immutable; the {@code with…} methods return modified copies.
 *
 * <p>{@code origin} is the table's source identity ({@code null}: unknown): the entity class
 * ({@code "com.x.Book"}) for an entity's table, the owning attribute ({@code "com.x.Book#tags"})
 * for a join or collection table. It tells a rename ({@code @Table(name)} changed) from a drop and
 * a create, and is {@linkplain SourceIdentity not part of equality} nor of checksums. When it names
 * an entity, column origins of that entity are kept in their short, relative form ({@code "title"}
 * for {@code "com.x.Book#title"}); {@link #originOf} gives them back whole.
 *
 * <p>{@code options} is a SQL fragment appended to {@code create table}, JPA 3.2's
 * {@code @Table(options)} (also of secondary, join and collection tables; {@code null}: none); SQL
 * by contract, part of equality, and {@linkplain AddedComponent of checksums only when present}.
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        List<CheckConstraint> checks,
        String comment,
        @AddedComponent String options,
        @SourceIdentity String origin) {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public Table {
        Names.requireName(name, "table name");
        columns = relativeOrigins(List.copyOf(columns), origin);
        requireDistinctColumns(name, columns);
        uniqueConstraints = sorted(uniqueConstraints,
                Comparator.comparing(UniqueConstraint::name, NULLS_FIRST).thenComparing(u -> u.columns().toString()));
        foreignKeys = sorted(foreignKeys,
                Comparator.comparing(ForeignKey::name, NULLS_FIRST).thenComparing(f -> f.columns().toString()));
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        checks = sorted(checks,
                Comparator.comparing(CheckConstraint::name, NULLS_FIRST).thenComparing(CheckConstraint::expression));
    }

    /** A table without options. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<Index> indexes, List<CheckConstraint> checks, String comment,
            String origin) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, null, origin);
    }

    /** A table of unknown origin. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
            List<ForeignKey> foreignKeys, List<Index> indexes, List<CheckConstraint> checks, String comment) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, null, null);
    }

    /** An empty table with no columns yet. */
    public static Table named(String name) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The named column; fails with a message naming table and column when it does not exist. */
    public Column requireColumn(String columnName) {
        return column(columnName).orElseThrow(() -> new IllegalArgumentException(
                "table " + name + " has no column " + columnName));
    }

    /** This table with {@code column} appended (or replacing the column of the same name, in place). */
    public Table column(Column column) {
        List<Column> copy = new ArrayList<>(columns);
        int at = indexOfColumn(column.name());
        if (at >= 0) {
            copy.set(at, column);
        } else {
            copy.add(column);
        }
        return withColumns(copy);
    }

    /** This table with a primary key over {@code columnNames} (name chosen by the database). */
    public Table primaryKey(String... columnNames) {
        return withPrimaryKey(PrimaryKey.of(columnNames));
    }

    public Table withPrimaryKey(PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table unique(UniqueConstraint unique) {
        return withUniqueConstraints(plus(uniqueConstraints, unique));
    }

    public Table foreignKey(ForeignKey foreignKey) {
        return withForeignKeys(plus(foreignKeys, foreignKey));
    }

    public Table index(Index index) {
        return withIndexes(plus(indexes, index));
    }

    public Table check(CheckConstraint check) {
        return withChecks(plus(checks, check));
    }

    public Table comment(String comment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    /**
     * The same table with a SQL fragment appended to its {@code create table}, JPA 3.2's
     * {@code @Table(options)} ({@code null}: none).
     */
    public Table options(String sqlFragment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, sqlFragment,
                origin);
    }

    /**
     * The same table with its source identity ({@code "com.x.Book"}, {@code "com.x.Book#tags"};
     * {@code null}: unknown).
     */
    public Table origin(String origin) {
        return new Table(name, absoluteOrigins(columns, this.origin), primaryKey, uniqueConstraints, foreignKeys, indexes,
                checks, comment, options, origin);
    }

    /**
     * The whole source identity of a column of this table: a relative column origin is an attribute
     * of this table's entity ({@code null} when this table's origin is unknown or not an entity).
     */
    public String originOf(Column column) {
        String columnOrigin = column.origin();
        if (columnOrigin == null || columnOrigin.contains("#")) {
            return columnOrigin;
        }
        return isEntityOrigin(origin) ? origin + "#" + columnOrigin : null;
    }

    public Table withName(String name) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table withColumns(List<Column> columns) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> uniques) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table withForeignKeys(List<ForeignKey> foreignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table withIndexes(List<Index> indexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    public Table withChecks(List<CheckConstraint> checks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options, origin);
    }

    /** This table without the named column; constraints are left as they are (the caller drops them first). */
    public Table withoutColumn(String columnName) {
        requireColumn(columnName);
        return withColumns(columns.stream().filter(c -> !c.name().equals(columnName)).toList());
    }

    /** This table with a column replaced through {@code change}; fails when the column does not exist. */
    public Table alterColumn(String columnName, UnaryOperator<Column> change) {
        List<Column> copy = new ArrayList<>(columns);
        int at = indexOfColumn(columnName);
        if (at < 0) {
            requireColumn(columnName);
        }
        copy.set(at, change.apply(copy.get(at)));
        return withColumns(copy);
    }

    /**
     * This table with a column renamed, and every reference to it inside this table (primary key,
     * unique constraints, foreign keys, indexes) following it. Check expressions are SQL text and
     * are left unchanged.
     */
    public Table renameColumn(String from, String to) {
        UnaryOperator<List<String>> rename = names -> names.stream()
                .map(n -> renamedIndexColumn(n, from, to))
                .toList();
        Table renamed = alterColumn(from, c -> c.withName(to));
        return new Table(
                name,
                renamed.columns,
                primaryKey == null ? null : new PrimaryKey(primaryKey.name(), rename.apply(primaryKey.columns())),
                uniqueConstraints.stream().map(u -> u.withColumns(rename.apply(u.columns()))).toList(),
                foreignKeys.stream().map(f -> f.withColumns(rename.apply(f.columns()))).toList(),
                indexes.stream().map(i -> i.withColumns(rename.apply(i.columns()))).toList(),
                checks,
                comment,
                options,
                origin);
    }

    /** Columns by name, for order-insensitive comparison. */
    public Map<String, Column> columnsByName() {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    /** Equality ignores column order (see the class comment) and origins. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Table that
                && name.equals(that.name)
                && columnsByName().equals(that.columnsByName())
                && Objects.equals(primaryKey, that.primaryKey)
                && uniqueConstraints.equals(that.uniqueConstraints)
                && foreignKeys.equals(that.foreignKeys)
                && indexes.equals(that.indexes)
                && checks.equals(that.checks)
                && Objects.equals(comment, that.comment)
                && Objects.equals(options, that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnsByName(), primaryKey, uniqueConstraints, foreignKeys, indexes, checks, comment, options);
    }

    /** An entity class name, which relative column origins can hang off; an attribute's origin has a {@code #}. */
    private static boolean isEntityOrigin(String origin) {
        return origin != null && !origin.contains("#");
    }

    /** Columns whose origin is an attribute of this table's entity, with the short form of it. */
    private static List<Column> relativeOrigins(List<Column> columns, String origin) {
        if (!isEntityOrigin(origin)) {
            return columns;
        }
        String prefix = origin + "#";
        return columns.stream()
                .map(c -> c.origin() != null && c.origin().startsWith(prefix)
                        ? c.origin(c.origin().substring(prefix.length()))
                        : c)
                .toList();
    }

    /** Columns with their relative origins made whole, before this table's origin changes. */
    private static List<Column> absoluteOrigins(List<Column> columns, String origin) {
        if (!isEntityOrigin(origin)) {
            return columns;
        }
        return columns.stream()
                .map(c -> c.origin() != null && !c.origin().contains("#") ? c.origin(origin + "#" + c.origin()) : c)
                .toList();
    }

    private int indexOfColumn(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    private static String renamedIndexColumn(String entry, String from, String to) {
        if (entry.equals(from)) {
            return to;
        }
        // Index entries may carry an ordering suffix: "name desc".
        return entry.startsWith(from + " ") ? to + entry.substring(from.length()) : entry;
    }

    private static void requireDistinctColumns(String table, List<Column> columns) {
        long distinct = columns.stream().map(Column::name).distinct().count();
        if (distinct != columns.size()) {
            throw new IllegalArgumentException("table " + table + " has two columns with the same name: "
                    + columns.stream().map(Column::name).toList());
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items == null ? List.of() : items);
        copy.sort(order);
        return List.copyOf(copy);
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
