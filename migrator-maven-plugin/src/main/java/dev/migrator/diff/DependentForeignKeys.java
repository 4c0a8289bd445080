package dev.migrator.diff;

import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.DropForeignKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign keys that do not change themselves but stand on a key that does: a database refuses to
 * drop a primary key, unique constraint or unique index that a foreign key references (PostgreSQL:
 * "cannot drop constraint ... because other objects depend on it"). Such a foreign key is dropped
 * before the key and added again at the end, like every other foreign key.
 */
final class DependentForeignKeys {
    private DependentForeignKeys() {}

    static void add(Schema before, Schema after, Phases out) {
        Set<String> droppedKeys = droppedKeys(before, after);
        for (Table table : before.tables()) {
            Table next = after.table(table.name()).orElse(null);
            if (next == null) {
                continue;
            }
            Set<String> recreatedHere = TableDiffer.recreatedColumns(table, next);
            for (ForeignKey fk : table.foreignKeys()) {
                // Foreign keys over this table's own re-created columns are TableDiffer's already.
                boolean handled = fk.columns().stream().anyMatch(recreatedHere::contains);
                if (!handled && next.foreignKeys().contains(fk)
                        && (droppedKeys.contains(key(fk.referencedTable(), fk.referencedColumns()))
                                || referencesRecreated(before, after, fk))) {
                    out.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table.name(), fk));
                    out.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), fk));
                }
            }
        }
    }

    private static boolean referencesRecreated(Schema before, Schema after, ForeignKey fk) {
        Table old = before.table(fk.referencedTable()).orElse(null);
        Table now = after.table(fk.referencedTable()).orElse(null);
        return old != null && now != null
                && fk.referencedColumns().stream().anyMatch(TableDiffer.recreatedColumns(old, now)::contains);
    }

    /** "table(columns)" of every primary key, unique constraint and unique index a kept table loses or changes. */
    private static Set<String> droppedKeys(Schema before, Schema after) {
        Set<String> keys = new HashSet<>();
        for (Table old : before.tables()) {
            Table now = after.table(old.name()).orElse(null);
            if (now == null) {
                continue;
            }
            if (old.primaryKey() != null && (!old.primaryKey().equals(now.primaryKey())
                    || old.primaryKey().columns().stream().anyMatch(TableDiffer.recreatedColumns(old, now)::contains))) {
                keys.add(key(old.name(), old.primaryKey().columns()));
            }
            for (UniqueConstraint unique : old.uniqueConstraints()) {
                if (!now.uniqueConstraints().contains(unique)) {
                    keys.add(key(old.name(), unique.columns()));
                }
            }
            for (Index index : old.indexes()) {
                if (index.unique() && !now.indexes().contains(index)) {
                    keys.add(key(old.name(), index.columns()));
                }
            }
        }
        return keys;
    }

    /** Column order does not matter for which key a foreign key stands on. */
    private static String key(String table, List<String> columns) {
        return table + new java.util.TreeSet<>(columns);
    }
}
