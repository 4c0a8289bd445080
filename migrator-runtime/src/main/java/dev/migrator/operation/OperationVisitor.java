package dev.migrator.operation;

/**
 * One interpreter of operations: replay onto a schema model, SQL for a dialect, Java source, ...
 * Each interpreter implements every method, so adding an operation is a compile error in each
 * interpreter until it handles it.
 *
 * @param <R> what the interpreter produces for one operation
 */
public interface OperationVisitor<R> {
    R visit(CreateSchema operation);

    R visit(DropSchema operation);

    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(RenameTable operation);

    R visit(SetTableComment operation);

    R visit(SetTableOptions operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(RenameColumn operation);

    R visit(AlterColumnType operation);

    R visit(AlterColumnNullability operation);

    R visit(SetNotNull operation);

    R visit(AlterColumnIdentity operation);

    R visit(AlterColumnDefault operation);

    R visit(AlterColumnComment operation);

    R visit(AlterColumnCheck operation);

    R visit(AddPrimaryKey operation);

    R visit(DropPrimaryKey operation);

    R visit(AddForeignKey operation);

    R visit(DropForeignKey operation);

    R visit(AddUniqueConstraint operation);

    R visit(DropUniqueConstraint operation);

    R visit(CreateIndex operation);

    R visit(DropIndex operation);

    R visit(AddCheckConstraint operation);

    R visit(DropCheckConstraint operation);

    R visit(CreateSequence operation);

    R visit(DropSequence operation);

    R visit(AlterSequence operation);

    R visit(ExecuteSql operation);

    R visit(RunJava operation);
}
