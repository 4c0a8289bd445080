package dev.migrator.render;

import dev.migrator.operation.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The downgrade of an upgrade: the reverse of each operation, last one first. */
public final class Downgrade {
    private Downgrade() {}

    /**
     * @throws dev.migrator.operation.IrreversibleOperationException when an operation has no reverse
     */
    public static List<Operation> of(List<Operation> upgrade) {
        List<Operation> reversed = new ArrayList<>(upgrade.size());
        upgrade.forEach(op -> reversed.add(op.reverse()));
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }
}
