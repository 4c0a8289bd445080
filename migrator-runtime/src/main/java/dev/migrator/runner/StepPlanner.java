package dev.migrator.runner;

import dev.migrator.dialect.Dialect;
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

/**
 * Turns an operation into the steps that execute it: SQL statements from the dialect for every
 * schema operation, and the Java code of a {@link RunJava} step, which has no SQL form.
 */
public final class StepPlanner implements OperationVisitor<List<Step>> {
    private final Dialect dialect;

    public StepPlanner(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The steps of {@code operations}, in order. */
    public List<Step> plan(List<Operation> operations) {
        return operations.stream().flatMap(op -> op.accept(this).stream()).toList();
    }

    @Override
    public List<Step> visit(RunJava operation) {
        return List.of(new Step.Java(operation.description(), operation.step()));
    }

    @Override
    public List<Step> visit(CreateSchema operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropSchema operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(CreateTable operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropTable operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(RenameTable operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(SetTableComment operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(SetTableOptions operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AddColumn operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropColumn operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(RenameColumn operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnType operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnNullability operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(SetNotNull operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnIdentity operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnDefault operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnComment operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterColumnCheck operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AddPrimaryKey operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropPrimaryKey operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AddForeignKey operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropForeignKey operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AddUniqueConstraint operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropUniqueConstraint operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(CreateIndex operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropIndex operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AddCheckConstraint operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropCheckConstraint operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(CreateSequence operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(DropSequence operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(AlterSequence operation) {
        return sql(operation);
    }

    @Override
    public List<Step> visit(ExecuteSql operation) {
        return sql(operation);
    }

    private List<Step> sql(Operation operation) {
        return dialect.sql(operation).stream().<Step>map(Step.Sql::new).toList();
    }
}
