package dev.migrator.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}. {@code name} is {@code null} only for keys the database names itself.
 *
 * <p>{@code options} is a SQL fragment appended after the key's definition (after {@code on delete}),
 * JPA 3.2's {@code @ForeignKey(options)} ({@code null}: none); SQL by contract, part of equality,
 * and {@linkplain AddedComponent of checksums only when present}.
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        OnDelete onDelete,
        @AddedComponent String options) {

    /** The referential action on delete of the referenced row. */
    public enum OnDelete {
        NO_ACTION,
        CASCADE,
        SET_NULL,
        SET_DEFAULT,
        RESTRICT
    }

    public ForeignKey {
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.requireName(referencedTable, "referenced table of foreign key " + name);
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name + " (referenced)");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = Objects.requireNonNullElse(onDelete, OnDelete.NO_ACTION);
    }

    /** A foreign key without options. */
    public ForeignKey(
            String name, List<String> columns, String referencedTable, List<String> referencedColumns, OnDelete onDelete) {
        this(name, columns, referencedTable, referencedColumns, onDelete, null);
    }

    /** A foreign key with no referential action ({@code NO ACTION}). */
    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
    }

    public ForeignKey onDelete(OnDelete action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, options);
    }

    public ForeignKey withReferencedTable(String table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete, options);
    }

    public ForeignKey withColumns(List<String> columns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, options);
    }

    public ForeignKey withReferencedColumns(List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, options);
    }

    /** The same key with a SQL fragment appended to its definition ({@code null}: none). */
    public ForeignKey options(String sqlFragment) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, sqlFragment);
    }
}
