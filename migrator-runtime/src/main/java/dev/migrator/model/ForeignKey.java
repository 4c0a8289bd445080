package dev.migrator.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}. {@code name} is {@code null} only for keys the database names itself.
 */
public record ForeignKey(
        String name, List<String> columns, String referencedTable, List<String> referencedColumns, OnDelete onDelete) {

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

    /** A foreign key with no referential action ({@code NO ACTION}). */
    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
    }

    public ForeignKey onDelete(OnDelete action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action);
    }

    public ForeignKey withReferencedTable(String table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete);
    }

    public ForeignKey withColumns(List<String> columns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete);
    }

    public ForeignKey withReferencedColumns(List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete);
    }
}
