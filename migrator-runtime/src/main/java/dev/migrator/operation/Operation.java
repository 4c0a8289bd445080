package dev.migrator.operation;

/**
 * A schema change, as data. Operations are immutable values; each knows its exact reverse where
 * one exists, and each interpreter (replay onto a model, SQL per dialect, Java source) is an
 * {@link OperationVisitor}.
 */
public sealed interface Operation
        permits CreateSchema,
                DropSchema,
                CreateTable,
                DropTable,
                RenameTable,
                SetTableComment,
                SetTableOptions,
                AddColumn,
                DropColumn,
                RenameColumn,
                AlterColumnType,
                AlterColumnNullability,
                SetNotNull,
                AlterColumnIdentity,
                AlterColumnDefault,
                AlterColumnComment,
                AlterColumnCheck,
                AddPrimaryKey,
                DropPrimaryKey,
                AddForeignKey,
                DropForeignKey,
                AddUniqueConstraint,
                DropUniqueConstraint,
                CreateIndex,
                DropIndex,
                AddCheckConstraint,
                DropCheckConstraint,
                CreateSequence,
                DropSequence,
                AlterSequence,
                ExecuteSql,
                RunJava {

    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when the operation declares no reverse
     */
    Operation reverse();

    <R> R accept(OperationVisitor<R> visitor);
}
