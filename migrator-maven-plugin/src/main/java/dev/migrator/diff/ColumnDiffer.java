package dev.migrator.diff;

import dev.migrator.model.Column;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The in-place alterations of one column of the same name on both sides, in a fixed order: type
 * first (a default must fit the new type), then default before nullability (so that a column made
 * NOT NULL already has its default), then check and comment. A column made NOT NULL gets its NULL
 * rows filled first when there is a value for them ({@link NotNullFills}).
 */
final class ColumnDiffer {
    private ColumnDiffer() {}

    static List<Operation> changed(String table, Column before, Column after, NotNullFills notNull) {
        List<Operation> ops = new ArrayList<>();
        String column = after.name();
        if (!before.type().equals(after.type())) {
            ops.add(new AlterColumnType(table, column, before.type(), after.type()));
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            ops.add(new AlterColumnDefault(table, column, before.defaultValue(), after.defaultValue()));
        }
        if (before.nullable() != after.nullable()) {
            ops.add(after.nullable() ? new AlterColumnNullability(table, column, true) : notNull.narrowed(table, after));
        }
        if (!Objects.equals(before.check(), after.check())) {
            ops.add(new AlterColumnCheck(table, column, before.check(), after.check()));
        }
        if (!Objects.equals(before.comment(), after.comment())) {
            ops.add(new AlterColumnComment(table, column, before.comment(), after.comment()));
        }
        return ops;
    }
}
