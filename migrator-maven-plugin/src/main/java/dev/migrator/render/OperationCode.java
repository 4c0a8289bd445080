package dev.migrator.render;

import com.palantir.javapoet.CodeBlock;
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
import dev.migrator.operation.OperationVisitor;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.RunJava;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.SetTableComment;
import dev.migrator.operation.SetTableOptions;

/**
 * One operation as one statement on the {@code op} parameter ({@code op.addColumn("user",
 * column("email", varchar(255)));}), calling the {@link dev.migrator.Operations} method of the same
 * name with every name spelled out.
 *
 * <p>{@link #DOWNGRADE} renders a downgrade: there a created table or an added column can only be
 * the reverse of a drop in the upgrade, so it is preceded by a {@code // DATA GONE: ...} line
 * (issue 4: the downgrade re-creates exactly what was dropped, and the code says its data is gone).
 */
final class OperationCode implements OperationVisitor<CodeBlock> {
    /** For an upgrade. */
    static final OperationCode INSTANCE = new OperationCode(false);

    /** For a downgrade: re-creations of dropped tables and columns say that their data is gone. */
    static final OperationCode DOWNGRADE = new OperationCode(true);

    private final boolean downgrade;

    private OperationCode(boolean downgrade) {
        this.downgrade = downgrade;
    }

    @Override
    public CodeBlock visit(CreateSchema op) {
        return statement("op.createSchema($S)", op.name());
    }

    @Override
    public CodeBlock visit(DropSchema op) {
        return statement("op.dropSchema($S)", op.name());
    }

    @Override
    public CodeBlock visit(CreateTable op) {
        return dataGone("table " + op.table().name() + " as upgrade() dropped it (definition, constraints, indexes);"
                + " its rows are not restored", statement("op.createTable($L)", ModelCode.table(op.table())));
    }

    @Override
    public CodeBlock visit(DropTable op) {
        return statement("op.dropTable($L)", ModelCode.table(op.table()));
    }

    @Override
    public CodeBlock visit(RenameTable op) {
        return statement("op.renameTable($S, $S)", op.from(), op.to());
    }

    @Override
    public CodeBlock visit(SetTableComment op) {
        return statement("op.setTableComment($S, $S, $S)", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(SetTableOptions op) {
        return statement("op.setTableOptions($S, $S, $S)", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(AddColumn op) {
        return dataGone("column " + op.table() + "." + op.column().name() + " as upgrade() dropped it; its values are"
                + " not restored", statement("op.addColumn($S, $L)", op.table(), ModelCode.column(op.column())));
    }

    @Override
    public CodeBlock visit(DropColumn op) {
        return statement("op.dropColumn($S, $L)", op.table(), ModelCode.column(op.column()));
    }

    @Override
    public CodeBlock visit(RenameColumn op) {
        return statement("op.renameColumn($S, $S, $S)", op.table(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(AlterColumnType op) {
        return statement("op.alterColumnType($S, $S, $L, $L)", op.table(), op.column(), ModelCode.type(op.from()),
                ModelCode.type(op.to()));
    }

    @Override
    public CodeBlock visit(AlterColumnNullability op) {
        return statement("op.alterColumnNullability($S, $S, $L)", op.table(), op.column(), op.nullable());
    }

    @Override
    public CodeBlock visit(SetNotNull op) {
        return statement("op.setNotNull($S, $S, $S)", op.table(), op.column(), op.fill());
    }

    @Override
    public CodeBlock visit(AlterColumnIdentity op) {
        return statement("op.alterColumnIdentity($S, $S, $L)", op.table(), op.column(), op.identity());
    }

    @Override
    public CodeBlock visit(AlterColumnDefault op) {
        return statement("op.alterColumnDefault($S, $S, $S, $S)", op.table(), op.column(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(AlterColumnComment op) {
        return statement("op.alterColumnComment($S, $S, $S, $S)", op.table(), op.column(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(AlterColumnCheck op) {
        return statement("op.alterColumnCheck($S, $S, $S, $S)", op.table(), op.column(), op.from(), op.to());
    }

    @Override
    public CodeBlock visit(AddPrimaryKey op) {
        return statement("op.addPrimaryKey($S, $L)", op.table(), ModelCode.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock visit(DropPrimaryKey op) {
        return statement("op.dropPrimaryKey($S, $L)", op.table(), ModelCode.primaryKey(op.primaryKey()));
    }

    @Override
    public CodeBlock visit(AddForeignKey op) {
        return statement("op.addForeignKey($S, $L)", op.table(), ModelCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visit(DropForeignKey op) {
        return statement("op.dropForeignKey($S, $L)", op.table(), ModelCode.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visit(AddUniqueConstraint op) {
        return statement("op.addUniqueConstraint($S, $L)", op.table(), ModelCode.unique(op.unique()));
    }

    @Override
    public CodeBlock visit(DropUniqueConstraint op) {
        return statement("op.dropUniqueConstraint($S, $L)", op.table(), ModelCode.unique(op.unique()));
    }

    @Override
    public CodeBlock visit(CreateIndex op) {
        return statement("op.createIndex($S, $L)", op.table(), ModelCode.index(op.index()));
    }

    @Override
    public CodeBlock visit(DropIndex op) {
        return statement("op.dropIndex($S, $L)", op.table(), ModelCode.index(op.index()));
    }

    @Override
    public CodeBlock visit(AddCheckConstraint op) {
        return statement("op.addCheckConstraint($S, $L)", op.table(), ModelCode.check(op.check()));
    }

    @Override
    public CodeBlock visit(DropCheckConstraint op) {
        return statement("op.dropCheckConstraint($S, $L)", op.table(), ModelCode.check(op.check()));
    }

    @Override
    public CodeBlock visit(CreateSequence op) {
        return statement("op.createSequence($L)", ModelCode.sequence(op.sequence()));
    }

    @Override
    public CodeBlock visit(DropSequence op) {
        return statement("op.dropSequence($L)", ModelCode.sequence(op.sequence()));
    }

    @Override
    public CodeBlock visit(AlterSequence op) {
        return statement("op.alterSequence($L, $L)", ModelCode.sequence(op.from()), ModelCode.sequence(op.to()));
    }

    @Override
    public CodeBlock visit(ExecuteSql op) {
        return op.reverseSql() == null
                ? statement("op.executeSql($S)", op.sql())
                : statement("op.executeSql($S, $S)", op.sql(), op.reverseSql());
    }

    /** Java code cannot be turned back into source; such steps are only ever written by hand. */
    @Override
    public CodeBlock visit(RunJava op) {
        throw new IllegalArgumentException("the Java step \"" + op.description()
                + "\" cannot be generated; write it by hand in an empty migration (-Dmigrator.empty=true)");
    }

    /** In a downgrade, {@code statement} preceded by the comment that it re-creates {@code what} empty. */
    private CodeBlock dataGone(String what, CodeBlock statement) {
        if (!downgrade) {
            return statement;
        }
        return CodeBlock.builder().add("// DATA GONE: re-creates $L\n", MigrationRenderer.oneLine(what)).add(statement)
                .build();
    }

    private static CodeBlock statement(String format, Object... args) {
        return CodeBlock.builder().addStatement(format, args).build();
    }
}
