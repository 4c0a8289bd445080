package dev.migrator.diff;

import dev.migrator.model.Column;
import dev.migrator.model.Table;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddPrimaryKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.SetTableComment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations for one table: created, dropped, or kept and changed. A changed constraint or
 * index is dropped and added again (databases cannot alter one in place). Constraint lists of a
 * {@link Table} are in canonical order, so the operations come out in a stable order.
 */
final class TableDiffer {
    private TableDiffer() {}

    /** A new table: created bare, its indexes and foreign keys in their later phases. */
    static void created(Table table, Phases out) {
        out.add(Phase.CREATE_TABLES, new CreateTable(bare(table)));
        table.indexes().forEach(i -> out.add(Phase.ADD_CONSTRAINTS, new CreateIndex(table.name(), i)));
        table.foreignKeys().forEach(fk -> out.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), fk)));
    }

    /** A dropped table: the exact mirror of {@link #created}, so that its reverse re-creates everything. */
    static void dropped(Table table, Phases out) {
        table.foreignKeys().forEach(fk -> out.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table.name(), fk)));
        table.indexes().forEach(i -> out.add(Phase.DROP_CONSTRAINTS, new DropIndex(table.name(), i)));
        out.add(Phase.DROP_TABLES, new DropTable(bare(table)));
    }

    /** A table present on both sides (after renames). */
    static void changed(Table before, Table after, Phases out, NotNullFills notNull) {
        String name = after.name();
        constraints(before, after, out);
        columns(before, after, out, notNull);
        if (!Objects.equals(before.comment(), after.comment())) {
            out.add(Phase.COLUMNS, new SetTableComment(name, before.comment(), after.comment()));
        }
    }

    private static void constraints(Table before, Table after, Phases out) {
        String name = after.name();
        for (var fk : changed(before.foreignKeys(), after.foreignKeys())) {
            out.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(name, fk));
        }
        changed(before.indexes(), after.indexes())
                .forEach(i -> out.add(Phase.DROP_CONSTRAINTS, new DropIndex(name, i)));
        changed(before.uniqueConstraints(), after.uniqueConstraints())
                .forEach(u -> out.add(Phase.DROP_CONSTRAINTS, new DropUniqueConstraint(name, u)));
        changed(before.checks(), after.checks())
                .forEach(c -> out.add(Phase.DROP_CONSTRAINTS, new DropCheckConstraint(name, c)));
        boolean keyChanged = !Objects.equals(before.primaryKey(), after.primaryKey());
        if (keyChanged && before.primaryKey() != null) {
            out.add(Phase.DROP_CONSTRAINTS, new DropPrimaryKey(name, before.primaryKey()));
        }
        if (keyChanged && after.primaryKey() != null) {
            out.add(Phase.ADD_CONSTRAINTS, new AddPrimaryKey(name, after.primaryKey()));
        }
        changed(after.uniqueConstraints(), before.uniqueConstraints())
                .forEach(u -> out.add(Phase.ADD_CONSTRAINTS, new AddUniqueConstraint(name, u)));
        changed(after.checks(), before.checks())
                .forEach(c -> out.add(Phase.ADD_CONSTRAINTS, new AddCheckConstraint(name, c)));
        changed(after.indexes(), before.indexes())
                .forEach(i -> out.add(Phase.ADD_CONSTRAINTS, new CreateIndex(name, i)));
        for (var fk : changed(after.foreignKeys(), before.foreignKeys())) {
            out.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(name, fk));
        }
    }

    private static void columns(Table before, Table after, Phases out, NotNullFills notNull) {
        String name = after.name();
        Map<String, Column> old = before.columnsByName();
        Map<String, Column> now = after.columnsByName();
        for (Column column : before.columns()) {
            if (!now.containsKey(column.name())) {
                out.add(Phase.COLUMNS, notNull.dropped(name, column));
            }
        }
        for (Column column : after.columns()) {
            Column previous = old.get(column.name());
            if (previous == null) {
                out.addAll(Phase.COLUMNS, notNull.added(name, column));
            } else if (previous.identity() == column.identity()) {
                out.addAll(Phase.COLUMNS, ColumnDiffer.changed(name, previous, column, notNull));
            } else {
                // Identity changes in place, the values kept: stopped before the other changes (a
                // type change of a generated column), started after them (identity needs NOT NULL).
                AlterColumnIdentity identity = new AlterColumnIdentity(name, column.name(), column.identity());
                if (!column.identity()) {
                    out.add(Phase.COLUMNS, identity);
                }
                out.addAll(Phase.COLUMNS, ColumnDiffer.changed(name, previous.withIdentity(column.identity()), column,
                        notNull));
                if (column.identity()) {
                    out.add(Phase.COLUMNS, identity);
                }
            }
        }
    }

    /** {@code table} without the foreign keys and indexes that the diff creates in later phases. */
    static Table bare(Table table) {
        return table.withForeignKeys(List.of()).withIndexes(List.of());
    }

    /** The items of {@code items} that {@code other} lacks. */
    private static <T> List<T> changed(List<T> items, List<T> other) {
        return items.stream().filter(i -> !other.contains(i)).toList();
    }
}
