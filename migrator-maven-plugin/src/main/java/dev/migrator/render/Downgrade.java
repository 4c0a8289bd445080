package dev.migrator.render;

import dev.migrator.operation.AddColumn;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The downgrade of an upgrade: the reverse of each operation, last one first. A dropped NOT NULL
 * column given a value ({@code dev.migrator.diff.Diff#downgradeFills()}) is re-added the way
 * {@code make} adds one: nullable, then {@link SetNotNull} fills the remaining rows and makes it
 * NOT NULL, so the downgrade applies to a table that has rows.
 */
public final class Downgrade {
    private Downgrade() {}

    /**
     * @throws dev.migrator.operation.IrreversibleOperationException when an operation has no reverse
     */
    public static List<Operation> of(List<Operation> upgrade) {
        return of(upgrade, Map.of());
    }

    /**
     * @param fills by {@code table.column}: the value for the rows when the downgrade re-adds that dropped column
     * @throws dev.migrator.operation.IrreversibleOperationException when an operation has no reverse
     */
    public static List<Operation> of(List<Operation> upgrade, Map<String, String> fills) {
        List<List<Operation>> reversed = new ArrayList<>(upgrade.size());
        for (Operation op : upgrade) {
            // The one operation whose reverse can take a value: no visitor needed.
            String fill = op instanceof DropColumn drop ? fills.get(drop.table() + "." + drop.column().name()) : null;
            reversed.add(fill == null ? List.of(op.reverse()) : refill((DropColumn) op, fill));
        }
        Collections.reverse(reversed);
        return reversed.stream().flatMap(List::stream).toList();
    }

    private static List<Operation> refill(DropColumn drop, String fill) {
        return List.of(new AddColumn(drop.table(), drop.column().withNullable(true)),
                new SetNotNull(drop.table(), drop.column().name(), fill));
    }
}
