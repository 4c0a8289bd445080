package dev.migrator.it.scenario;

import dev.migrator.diff.Risks;
import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Sequence;
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
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropPrimaryKey;
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

/**
 * One readable line per operation, precise enough that a scenario's expected list pins down what
 * {@code make} generates: the operation, its table and column, and the facts that make it this
 * change (new type, nullability, default, referenced table, ON DELETE, index columns and
 * uniqueness, sequence numbers). Hibernate's hashed constraint names ({@code FK…}, {@code UK…})
 * are left out: the schema comparison with Hibernate checks every name, and a hash would make the
 * hand-written expectations unreadable. Index names are user-chosen and kept.
 */
public final class OperationLines implements OperationVisitor<String> {
    private static final OperationLines INSTANCE = new OperationLines();

    /** Hibernate's generated constraint names: {@code FK}/{@code UK} and a hash of the table and columns. */
    private static final java.util.regex.Pattern HIBERNATE_HASH = java.util.regex.Pattern.compile("(FK|UK)[0-9a-zA-Z]{20,}");

    private OperationLines() {}

    public static List<String> of(List<Operation> operations) {
        return operations.stream().map(op -> op.accept(INSTANCE)).toList();
    }

    @Override
    public String visit(CreateTable op) {
        var table = op.table();
        StringBuilder line = new StringBuilder("create table " + table.name() + "(");
        line.append(String.join(", ", table.columns().stream().map(Column::name).toList())).append(")");
        if (table.primaryKey() != null) {
            line.append(" pk").append(table.primaryKey().columns());
        }
        table.uniqueConstraints().forEach(u -> line.append(" unique").append(u.columns()));
        table.checks().forEach(c -> line.append(" check(").append(c.expression()).append(")"));
        table.foreignKeys().forEach(fk -> line.append(" fk").append(fk.columns()));
        table.indexes().forEach(i -> line.append(" index ").append(i.name()));
        return line.toString();
    }

    @Override
    public String visit(DropTable op) {
        return "drop table " + op.table().name();
    }

    @Override
    public String visit(RenameTable op) {
        return "rename table " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(SetTableComment op) {
        return "comment on table " + op.table() + ": " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(SetTableOptions op) {
        return "options of table " + op.table() + ": " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(AddColumn op) {
        return "add column " + op.table() + "." + column(op.column());
    }

    @Override
    public String visit(DropColumn op) {
        return "drop column " + op.table() + "." + op.column().name();
    }

    @Override
    public String visit(RenameColumn op) {
        return "rename column " + op.table() + "." + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(AlterColumnType op) {
        return "alter column " + op.table() + "." + op.column() + " type " + Risks.describe(op.from()) + " -> "
                + Risks.describe(op.to());
    }

    @Override
    public String visit(AlterColumnNullability op) {
        return "alter column " + op.table() + "." + op.column() + (op.nullable() ? " null" : " not null");
    }

    @Override
    public String visit(SetNotNull op) {
        return "fill NULL rows of " + op.table() + "." + op.column() + " with " + op.fill() + ", not null";
    }

    @Override
    public String visit(AlterColumnIdentity op) {
        return "alter column " + op.table() + "." + op.column() + (op.identity() ? " add identity" : " drop identity");
    }

    @Override
    public String visit(AlterColumnDefault op) {
        return "alter column " + op.table() + "." + op.column() + " default " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(AlterColumnComment op) {
        return "alter column " + op.table() + "." + op.column() + " comment " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(AlterColumnCheck op) {
        return "alter column " + op.table() + "." + op.column() + " check " + op.from() + " -> " + op.to();
    }

    @Override
    public String visit(AddPrimaryKey op) {
        return "add primary key " + op.table() + op.primaryKey().columns();
    }

    @Override
    public String visit(DropPrimaryKey op) {
        return "drop primary key " + op.table() + op.primaryKey().columns();
    }

    @Override
    public String visit(AddForeignKey op) {
        return "add foreign key " + named(op.foreignKey().name()) + op.table() + foreignKey(op.foreignKey());
    }

    @Override
    public String visit(DropForeignKey op) {
        return "drop foreign key " + named(op.foreignKey().name()) + op.table() + foreignKey(op.foreignKey());
    }

    @Override
    public String visit(AddUniqueConstraint op) {
        return "add unique " + named(op.unique().name()) + op.table() + op.unique().columns();
    }

    @Override
    public String visit(DropUniqueConstraint op) {
        return "drop unique " + named(op.unique().name()) + op.table() + op.unique().columns();
    }

    @Override
    public String visit(CreateIndex op) {
        return "create " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on " + op.table()
                + op.index().columns();
    }

    @Override
    public String visit(DropIndex op) {
        return "drop " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on " + op.table()
                + op.index().columns();
    }

    @Override
    public String visit(AddCheckConstraint op) {
        return "add check " + op.table() + ": " + op.check().expression();
    }

    @Override
    public String visit(DropCheckConstraint op) {
        return "drop check " + op.table() + ": " + op.check().expression();
    }

    @Override
    public String visit(CreateSchema op) {
        return "create schema " + op.name();
    }

    @Override
    public String visit(DropSchema op) {
        return "drop schema " + op.name();
    }

    @Override
    public String visit(CreateSequence op) {
        return "create sequence " + sequence(op.sequence());
    }

    @Override
    public String visit(DropSequence op) {
        return "drop sequence " + sequence(op.sequence());
    }

    @Override
    public String visit(AlterSequence op) {
        return "alter sequence " + sequence(op.from()) + " -> " + sequence(op.to());
    }

    @Override
    public String visit(ExecuteSql op) {
        return "execute sql " + op.sql();
    }

    @Override
    public String visit(RunJava op) {
        return "run java " + op.description();
    }

    /** A constraint name someone chose, followed by " on "; nothing for none or for Hibernate's hashes. */
    private static String named(String name) {
        return name == null || HIBERNATE_HASH.matcher(name).matches() ? "" : name + " on ";
    }

    private static String column(Column column) {
        StringBuilder line = new StringBuilder(column.name()).append(' ').append(Risks.describe(column.type()));
        line.append(column.nullable() ? " null" : " not null");
        if (column.defaultValue() != null) {
            line.append(" default ").append(column.defaultValue());
        }
        if (column.identity()) {
            line.append(" identity");
        }
        if (column.check() != null) {
            line.append(" check(").append(column.check()).append(')');
        }
        if (column.comment() != null) {
            line.append(" comment ").append(column.comment());
        }
        return line.toString();
    }

    private static String foreignKey(ForeignKey fk) {
        return fk.columns() + " -> " + fk.referencedTable() + fk.referencedColumns()
                + (fk.onDelete() == ForeignKey.OnDelete.NO_ACTION ? "" : " on delete " + fk.onDelete());
    }

    private static String sequence(Sequence sequence) {
        return sequence.name() + "(start " + sequence.start() + ", increment " + sequence.increment() + ")";
    }
}
