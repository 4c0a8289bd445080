package dev.migrator.plugin.command;

import dev.migrator.diff.Risks;
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
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.OperationVisitor;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.RunJava;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.SetTableComment;
import java.util.List;

/**
 * One line per operation for the {@code make} report, in the style of Django's makemigrations:
 * {@code + Create table user}, {@code - Drop column fullname from user}, {@code ~ Alter column
 * user.name: varchar(255) -> varchar(500)}. {@code +} adds, {@code -} removes (data may go),
 * {@code ~} changes in place, {@code *} runs code.
 */
final class ChangeDescriber implements OperationVisitor<String> {
    static final ChangeDescriber INSTANCE = new ChangeDescriber();

    private ChangeDescriber() {}

    @Override
    public String visit(CreateTable op) {
        return "+ Create table " + op.table().name();
    }

    @Override
    public String visit(DropTable op) {
        return "- Drop table " + op.table().name();
    }

    @Override
    public String visit(RenameTable op) {
        return "~ Rename table " + op.from() + " to " + op.to();
    }

    @Override
    public String visit(SetTableComment op) {
        return "~ Change comment of table " + op.table();
    }

    @Override
    public String visit(AddColumn op) {
        return "+ Add column " + op.column().name() + " to " + op.table();
    }

    @Override
    public String visit(DropColumn op) {
        return "- Drop column " + op.column().name() + " from " + op.table();
    }

    @Override
    public String visit(RenameColumn op) {
        return "~ Rename column " + op.from() + " to " + op.to() + " on " + op.table();
    }

    /**
     * {@code "Book#title"} for the origin {@code "com.x.Book#title"}: what {@code make} shows beside a
     * rename it took from source identity, short enough to read in a build log.
     */
    static String shortOrigin(String origin) {
        int hash = origin.indexOf('#');
        String type = hash < 0 ? origin : origin.substring(0, hash);
        return type.substring(type.lastIndexOf('.') + 1) + (hash < 0 ? "" : origin.substring(hash));
    }

    @Override
    public String visit(AlterColumnType op) {
        return "~ Alter column " + op.table() + "." + op.column() + ": " + Risks.describe(op.from()) + " -> " + Risks.describe(op.to());
    }

    @Override
    public String visit(AlterColumnNullability op) {
        return "~ Alter column " + op.table() + "." + op.column() + ": " + (op.nullable() ? "nullable" : "not null");
    }

    @Override
    public String visit(SetNotNull op) {
        return "~ Alter column " + op.table() + "." + op.column() + ": not null, NULL rows set to " + op.fill();
    }

    @Override
    public String visit(AlterColumnDefault op) {
        return "~ Alter column " + op.table() + "." + op.column() + ": "
                + (op.to() == null ? "no default" : "default " + op.to());
    }

    @Override
    public String visit(AlterColumnComment op) {
        return "~ Change comment of column " + op.table() + "." + op.column();
    }

    @Override
    public String visit(AlterColumnCheck op) {
        return "~ Alter column " + op.table() + "." + op.column() + ": "
                + (op.to() == null ? "no check" : "check " + op.to());
    }

    @Override
    public String visit(AddPrimaryKey op) {
        return "+ Add primary key " + columns(op.primaryKey().columns()) + " to " + op.table();
    }

    @Override
    public String visit(DropPrimaryKey op) {
        return "- Drop primary key " + columns(op.primaryKey().columns()) + " of " + op.table();
    }

    @Override
    public String visit(AddForeignKey op) {
        var fk = op.foreignKey();
        return "+ Add foreign key " + named(fk.name()) + op.table() + columns(fk.columns()) + " -> "
                + fk.referencedTable() + columns(fk.referencedColumns());
    }

    @Override
    public String visit(DropForeignKey op) {
        return "- Drop foreign key " + named(op.foreignKey().name()) + op.table() + columns(op.foreignKey().columns());
    }

    @Override
    public String visit(AddUniqueConstraint op) {
        return "+ Add unique constraint " + named(op.unique().name()) + op.table() + columns(op.unique().columns());
    }

    @Override
    public String visit(DropUniqueConstraint op) {
        return "- Drop unique constraint " + named(op.unique().name()) + op.table() + columns(op.unique().columns());
    }

    @Override
    public String visit(CreateIndex op) {
        return "+ Create " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on "
                + op.table() + columns(op.index().columns());
    }

    @Override
    public String visit(DropIndex op) {
        return "- Drop index " + op.index().name() + " on " + op.table();
    }

    @Override
    public String visit(AddCheckConstraint op) {
        return "+ Add check constraint " + named(op.check().name()) + op.table() + ": " + op.check().expression();
    }

    @Override
    public String visit(DropCheckConstraint op) {
        return "- Drop check constraint " + named(op.check().name()) + op.table() + ": " + op.check().expression();
    }

    @Override
    public String visit(CreateSequence op) {
        return "+ Create sequence " + op.sequence().name();
    }

    @Override
    public String visit(DropSequence op) {
        return "- Drop sequence " + op.sequence().name();
    }

    @Override
    public String visit(AlterSequence op) {
        return "~ Alter sequence " + op.to().name() + ": start " + op.to().start() + ", increment "
                + op.to().increment();
    }

    @Override
    public String visit(ExecuteSql op) {
        return "* Run SQL";
    }

    @Override
    public String visit(RunJava op) {
        return "* Run Java step " + op.description();
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String named(String name) {
        return name == null ? "on " : name + " on ";
    }
}
