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
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.SetTableComment;
import dev.migrator.operation.SetTableOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
        if (!Objects.equals(before.options(), after.options())) {
            // No ALTER is derivable from two option texts: recorded, and reported as a manual step (Risks).
            out.add(Phase.COLUMNS, new SetTableOptions(name, before.options(), after.options()));
        }
    }

    /**
     * Columns that are dropped and added again because no operation changes them in place (a
     * generated column's expression, {@code @Column(options)}). Every key, constraint and index over
     * such a column goes and comes back with it.
     */
    static Set<String> recreatedColumns(Table before, Table after) {
        Set<String> recreated = new TreeSet<>();
        Map<String, Column> now = after.columnsByName();
        for (Column column : before.columns()) {
            Column next = now.get(column.name());
            if (next != null && recreated(column, next)) {
                recreated.add(column.name());
            }
        }
        return recreated;
    }

    private static void constraints(Table before, Table after, Phases out) {
        String name = after.name();
        Set<String> recreated = recreatedColumns(before, after);
        Predicate<List<String>> touches = columns -> columns.stream().anyMatch(c -> recreated.contains(bare(c)));
        for (var fk : changed(before.foreignKeys(), after.foreignKeys(), f -> touches.test(f.columns()))) {
            out.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(name, fk));
        }
        changed(before.indexes(), after.indexes(), i -> touches.test(i.columns()))
                .forEach(i -> out.add(Phase.DROP_CONSTRAINTS, new DropIndex(name, i)));
        changed(before.uniqueConstraints(), after.uniqueConstraints(), u -> touches.test(u.columns()))
                .forEach(u -> out.add(Phase.DROP_CONSTRAINTS, new DropUniqueConstraint(name, u)));
        changed(before.checks(), after.checks(), c -> !recreated.isEmpty())
                .forEach(c -> out.add(Phase.DROP_CONSTRAINTS, new DropCheckConstraint(name, c)));
        boolean keyChanged = !Objects.equals(before.primaryKey(), after.primaryKey())
                || before.primaryKey() != null && touches.test(before.primaryKey().columns());
        if (keyChanged && before.primaryKey() != null) {
            out.add(Phase.DROP_CONSTRAINTS, new DropPrimaryKey(name, before.primaryKey()));
        }
        if (keyChanged && after.primaryKey() != null) {
            out.add(Phase.ADD_CONSTRAINTS, new AddPrimaryKey(name, after.primaryKey()));
        }
        changed(after.uniqueConstraints(), before.uniqueConstraints(), u -> touches.test(u.columns()))
                .forEach(u -> out.add(Phase.ADD_CONSTRAINTS, new AddUniqueConstraint(name, u)));
        changed(after.checks(), before.checks(), c -> !recreated.isEmpty())
                .forEach(c -> out.add(Phase.ADD_CONSTRAINTS, new AddCheckConstraint(name, c)));
        changed(after.indexes(), before.indexes(), i -> touches.test(i.columns()))
                .forEach(i -> out.add(Phase.ADD_CONSTRAINTS, new CreateIndex(name, i)));
        for (var fk : changed(after.foreignKeys(), before.foreignKeys(), f -> touches.test(f.columns()))) {
            out.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(name, fk));
        }
    }

    private static void columns(Table before, Table after, Phases out, NotNullFills notNull) {
        String name = after.name();
        Map<String, Column> old = before.columnsByName();
        Map<String, Column> now = after.columnsByName();
        // A generated column reads other columns: it is dropped before them and added after them.
        for (Column column : generatedFirst(before.columns(), true)) {
            Column next = now.get(column.name());
            // No operation changes these in place portably; such a column is re-created.
            if (next == null) {
                out.add(Phase.COLUMNS, notNull.dropped(name, column));
            } else if (recreated(column, next)) {
                out.add(Phase.COLUMNS, new DropColumn(name, column));
            }
        }
        for (Column column : generatedFirst(after.columns(), false)) {
            Column previous = old.get(column.name());
            if (previous == null || recreated(previous, column)) {
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

    /**
     * Whether a column kept by name must be dropped and added again: neither database alters a
     * generation expression or an arbitrary options fragment in place (identity is changed in
     * place, by {@link AlterColumnIdentity}). A generated
     * column holds no data of its own, so re-creating it loses nothing; an ordinary column loses its
     * values, which {@link Risks} reports as destructive with the hand-written alternative.
     */
    static boolean recreated(Column before, Column after) {
        return !Objects.equals(before.generatedAs(), after.generatedAs())
                || !Objects.equals(before.options(), after.options());
    }

    /** {@code columns} in their order, the generated ones moved to the front ({@code first}) or the end (stable). */
    private static List<Column> generatedFirst(List<Column> columns, boolean first) {
        return columns.stream()
                .sorted(java.util.Comparator.comparing((Column c) -> (c.generatedAs() != null) != first))
                .toList();
    }

    /** {@code table} without the foreign keys and indexes that the diff creates in later phases. */
    static Table bare(Table table) {
        return table.withForeignKeys(List.of()).withIndexes(List.of());
    }

    /** The items of {@code items} that {@code other} lacks, or that must be re-created anyway. */
    private static <T> List<T> changed(List<T> items, List<T> other, Predicate<T> recreate) {
        return items.stream().filter(i -> !other.contains(i) || recreate.test(i)).toList();
    }

    /** An index entry's column name without its {@code " asc"} / {@code " desc"} suffix. */
    private static String bare(String entry) {
        int space = entry.indexOf(' ');
        return space < 0 ? entry : entry.substring(0, space);
    }
}
