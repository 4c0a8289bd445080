package dev.migrator.diff;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.replay.SchemaReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the user's {@link Renames} into {@link RenameTable}/{@link RenameColumn} operations,
 * checking each one against both schemas: a rename that does not match what the migrations built
 * and what the entities want is a user mistake, reported with the entry at fault.
 */
final class RenameApplier {
    private RenameApplier() {}

    /** The rename operations, table renames first, each in name order. */
    static List<Operation> operations(Schema before, Schema after, Renames renames) {
        List<Operation> ops = new ArrayList<>();
        Schema current = before;
        for (Map.Entry<String, String> rename : renames.tables().entrySet()) {
            Operation op = tableRename(current, after, rename.getKey(), rename.getValue());
            ops.add(op);
            current = SchemaReplay.apply(current, op);
        }
        for (Map.Entry<String, Map<String, String>> table : renames.columns().entrySet()) {
            String name = renames.tables().getOrDefault(table.getKey(), table.getKey());
            for (Map.Entry<String, String> rename : table.getValue().entrySet()) {
                Operation op = columnRename(current, after, name, rename.getKey(), rename.getValue());
                ops.add(op);
                current = SchemaReplay.apply(current, op);
            }
        }
        return ops;
    }

    private static Operation tableRename(Schema before, Schema after, String from, String to) {
        require(before.table(from).isPresent(), from + "=" + to, "the migrations have no table " + from);
        require(after.table(to).isPresent(), from + "=" + to, "the entities have no table " + to);
        require(before.table(to).isEmpty(), from + "=" + to, "the migrations already have a table " + to);
        return new RenameTable(from, to);
    }

    private static Operation columnRename(Schema before, Schema after, String table, String from, String to) {
        String entry = table + "." + from + "=" + to;
        Table old = before.table(table).orElse(null);
        Table now = after.table(table).orElse(null);
        require(old != null && now != null, entry, "table " + table + " is not in both the migrations and the entities");
        require(old.column(from).isPresent(), entry, "the migrations have no column " + table + "." + from);
        require(now.column(to).isPresent(), entry, "the entities have no column " + table + "." + to);
        require(old.column(to).isEmpty(), entry, "the migrations already have a column " + table + "." + to);
        return new RenameColumn(table, from, to);
    }

    private static void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("migrator.renames entry " + entry + " does not apply: " + problem);
        }
    }
}
