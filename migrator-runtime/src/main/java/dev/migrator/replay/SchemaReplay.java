package dev.migrator.replay;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddPrimaryKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.AlterSequence;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.Operation;
import dev.migrator.operation.OperationVisitor;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.RunJava;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.SetTableComment;
import dev.migrator.operation.SetTableOptions;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a schema model in memory: how {@code make} learns the schema that the
 * existing migrations produce. Raw SQL and Java steps leave the model unchanged. Origins (source
 * identity) come in with {@link CreateTable} and {@link AddColumn} and stay through renames, so the
 * replayed schema knows which entity and attribute each table and column was made for.
 *
 * <p>Each operation is checked against the model it is applied to (the table exists, the column
 * being dropped is there, ...), so a hand-edited migration that does not fit its predecessors fails
 * here with a message naming the operation, not later in a database.
 */
public final class SchemaReplay {
    private SchemaReplay() {}

    /** {@code schema} after {@code operations}, in order. */
    public static Schema apply(Schema schema, List<Operation> operations) {
        Schema current = schema;
        for (Operation operation : operations) {
            current = apply(current, operation);
        }
        return current;
    }

    /** {@code schema} after {@code operation}; fails with {@link IllegalStateException} when it does not fit. */
    public static Schema apply(Schema schema, Operation operation) {
        try {
            return operation.accept(new Step(schema));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot apply " + operation + ": " + e.getMessage(), e);
        }
    }

    private record Step(Schema schema) implements OperationVisitor<Schema> {

        /** The model derives its schemas from table and sequence names, so there is nothing to record. */
        @Override
        public Schema visit(CreateSchema op) {
            return schema;
        }

        /** Refused while the model still has something in the schema, as the database's {@code restrict} refuses it. */
        @Override
        public Schema visit(DropSchema op) {
            if (schema.namespaces().contains(op.name())) {
                throw new IllegalArgumentException("schema " + op.name() + " still holds tables or sequences");
            }
            return schema;
        }

        @Override
        public Schema visit(CreateTable op) {
            if (schema.table(op.table().name()).isPresent()) {
                throw new IllegalArgumentException("table " + op.table().name() + " already exists");
            }
            return schema.withTable(op.table());
        }

        @Override
        public Schema visit(DropTable op) {
            return schema.withoutTable(op.table().name());
        }

        @Override
        public Schema visit(RenameTable op) {
            if (schema.table(op.to()).isPresent()) {
                throw new IllegalArgumentException("table " + op.to() + " already exists");
            }
            return schema.renameTable(op.from(), op.to());
        }

        @Override
        public Schema visit(SetTableComment op) {
            return alter(op.table(), t -> t.comment(op.to()));
        }

        @Override
        public Schema visit(SetTableOptions op) {
            return alter(op.table(), t -> t.options(op.to()));
        }

        @Override
        public Schema visit(AddColumn op) {
            return alter(op.table(), t -> {
                if (t.column(op.column().name()).isPresent()) {
                    throw new IllegalArgumentException("column " + op.column().name() + " already exists");
                }
                return t.column(op.column());
            });
        }

        @Override
        public Schema visit(DropColumn op) {
            return alter(op.table(), t -> t.withoutColumn(op.column().name()));
        }

        /**
         * The column keeps its origin; foreign keys (of any table) that reference it and the table's
         * check expressions follow it, as they do in the database (H2 and PostgreSQL keep references
         * to columns, not their names: {@link CheckExpressions}).
         */
        @Override
        public Schema visit(RenameColumn op) {
            Schema renamed = alter(op.table(), t -> {
                if (t.column(op.to()).isPresent()) {
                    throw new IllegalArgumentException("column " + op.to() + " already exists");
                }
                Table renamedColumn = t.renameColumn(op.from(), op.to())
                        .alterColumn(op.to(), c -> c.check(CheckExpressions.renameColumn(c.check(), op.from(), op.to())));
                return renamedColumn.withChecks(renamedColumn.checks().stream()
                        .map(k -> new CheckConstraint(k.name(), CheckExpressions.renameColumn(k.expression(), op.from(), op.to())))
                        .toList());
            });
            List<Table> tables = renamed.tables().stream()
                    .map(table -> table.withForeignKeys(table.foreignKeys().stream()
                            .map(fk -> fk.referencedTable().equals(op.table())
                                    ? fk.withReferencedColumns(fk.referencedColumns().stream()
                                            .map(c -> c.equals(op.from()) ? op.to() : c)
                                            .toList())
                                    : fk)
                            .toList()))
                    .toList();
            return new Schema(tables, renamed.sequences());
        }

        @Override
        public Schema visit(AlterColumnType op) {
            return alterColumn(op.table(), op.column(), c -> c.withType(op.to()));
        }

        @Override
        public Schema visit(AlterColumnNullability op) {
            return alterColumn(op.table(), op.column(), c -> c.withNullable(op.nullable()));
        }

        @Override
        public Schema visit(SetNotNull op) {
            return alterColumn(op.table(), op.column(), c -> c.withNullable(false));
        }

        @Override
        public Schema visit(AlterColumnIdentity op) {
            return alterColumn(op.table(), op.column(), c -> c.withIdentity(op.identity()));
        }

        @Override
        public Schema visit(AlterColumnDefault op) {
            return alterColumn(op.table(), op.column(), c -> c.defaultValue(op.to()));
        }

        @Override
        public Schema visit(AlterColumnComment op) {
            return alterColumn(op.table(), op.column(), c -> c.comment(op.to()));
        }

        @Override
        public Schema visit(AlterColumnCheck op) {
            return alterColumn(op.table(), op.column(), c -> c.check(op.to()));
        }

        @Override
        public Schema visit(AddPrimaryKey op) {
            return alter(op.table(), t -> {
                if (t.primaryKey() != null) {
                    throw new IllegalArgumentException("table " + t.name() + " already has a primary key");
                }
                op.primaryKey().columns().forEach(t::requireColumn);
                return t.withPrimaryKey(op.primaryKey());
            });
        }

        @Override
        public Schema visit(DropPrimaryKey op) {
            return alter(op.table(), t -> {
                if (t.primaryKey() == null) {
                    throw new IllegalArgumentException("table " + t.name() + " has no primary key");
                }
                return t.withPrimaryKey(null);
            });
        }

        @Override
        public Schema visit(AddForeignKey op) {
            return alter(op.table(), t -> {
                op.foreignKey().columns().forEach(t::requireColumn);
                return t.foreignKey(op.foreignKey());
            });
        }

        @Override
        public Schema visit(DropForeignKey op) {
            return alter(op.table(), t -> t.withForeignKeys(without(t.foreignKeys(), op.foreignKey(), "foreign key")));
        }

        @Override
        public Schema visit(AddUniqueConstraint op) {
            return alter(op.table(), t -> {
                op.unique().columns().forEach(t::requireColumn);
                return t.unique(op.unique());
            });
        }

        @Override
        public Schema visit(DropUniqueConstraint op) {
            return alter(op.table(), t -> t.withUniqueConstraints(without(t.uniqueConstraints(), op.unique(), "unique constraint")));
        }

        @Override
        public Schema visit(CreateIndex op) {
            return alter(op.table(), t -> {
                if (t.indexes().stream().anyMatch(i -> i.name().equals(op.index().name()))) {
                    throw new IllegalArgumentException("index " + op.index().name() + " already exists");
                }
                return t.index(op.index());
            });
        }

        @Override
        public Schema visit(DropIndex op) {
            return alter(op.table(), t -> t.withIndexes(without(t.indexes(), op.index(), "index")));
        }

        @Override
        public Schema visit(AddCheckConstraint op) {
            return alter(op.table(), t -> t.check(op.check()));
        }

        @Override
        public Schema visit(DropCheckConstraint op) {
            return alter(op.table(), t -> t.withChecks(without(t.checks(), op.check(), "check constraint")));
        }

        @Override
        public Schema visit(CreateSequence op) {
            if (schema.sequence(op.sequence().name()).isPresent()) {
                throw new IllegalArgumentException("sequence " + op.sequence().name() + " already exists");
            }
            return schema.withSequence(op.sequence());
        }

        @Override
        public Schema visit(DropSequence op) {
            return schema.withoutSequence(op.sequence().name());
        }

        @Override
        public Schema visit(AlterSequence op) {
            schema.sequence(op.from().name()).orElseThrow(
                    () -> new IllegalArgumentException("there is no sequence " + op.from().name()));
            return schema.withoutSequence(op.from().name()).withSequence(op.to());
        }

        @Override
        public Schema visit(ExecuteSql op) {
            return schema;
        }

        @Override
        public Schema visit(RunJava op) {
            return schema;
        }

        private Schema alter(String table, UnaryOperator<Table> change) {
            return schema.alterTable(table, change);
        }

        private Schema alterColumn(String table, String column, UnaryOperator<Column> change) {
            return alter(table, t -> t.alterColumn(column, change));
        }

        private static <T> List<T> without(List<T> items, T item, String what) {
            if (!items.contains(item)) {
                throw new IllegalArgumentException("there is no " + what + " " + item);
            }
            return items.stream().filter(i -> !Objects.equals(i, item)).toList();
        }
    }
}
