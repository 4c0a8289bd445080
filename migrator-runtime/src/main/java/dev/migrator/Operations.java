package dev.migrator;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
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
import dev.migrator.operation.JdbcStep;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.RunJava;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.SetTableComment;

/**
 * What a {@link Migration} calls to describe its changes, in the order they must run. Every
 * method records one {@link Operation}; nothing touches a database while a migration describes
 * itself. All names are physical names, exactly as the database should have them.
 */
public interface Operations {

    /** Records one operation; every other method is a readable shorthand for this one. */
    void add(Operation operation);

    default void createTable(Table table) {
        add(new CreateTable(table));
    }

    /** Drops a table; {@code table} is its full definition, so that the reverse can re-create it. */
    default void dropTable(Table table) {
        add(new DropTable(table));
    }

    default void renameTable(String from, String to) {
        add(new RenameTable(from, to));
    }

    default void setTableComment(String table, String from, String to) {
        add(new SetTableComment(table, from, to));
    }

    default void addColumn(String table, Column column) {
        add(new AddColumn(table, column));
    }

    default void dropColumn(String table, Column column) {
        add(new DropColumn(table, column));
    }

    default void renameColumn(String table, String from, String to) {
        add(new RenameColumn(table, from, to));
    }

    default void alterColumnType(String table, String column, ColumnType from, ColumnType to) {
        add(new AlterColumnType(table, column, from, to));
    }

    default void alterColumnNullability(String table, String column, boolean nullable) {
        add(new AlterColumnNullability(table, column, nullable));
    }

    /**
     * Fills the rows holding NULL in {@code table.column} with the SQL expression {@code fill}
     * ({@code "'unknown'"}, {@code "0"}), then makes the column NOT NULL; the reverse makes it
     * nullable again.
     */
    default void setNotNull(String table, String column, String fill) {
        add(new SetNotNull(table, column, fill));
    }

    default void alterColumnDefault(String table, String column, String from, String to) {
        add(new AlterColumnDefault(table, column, from, to));
    }

    default void alterColumnComment(String table, String column, String from, String to) {
        add(new AlterColumnComment(table, column, from, to));
    }

    default void alterColumnCheck(String table, String column, String from, String to) {
        add(new AlterColumnCheck(table, column, from, to));
    }

    default void addPrimaryKey(String table, PrimaryKey primaryKey) {
        add(new AddPrimaryKey(table, primaryKey));
    }

    default void dropPrimaryKey(String table, PrimaryKey primaryKey) {
        add(new DropPrimaryKey(table, primaryKey));
    }

    default void addForeignKey(String table, ForeignKey foreignKey) {
        add(new AddForeignKey(table, foreignKey));
    }

    default void dropForeignKey(String table, ForeignKey foreignKey) {
        add(new DropForeignKey(table, foreignKey));
    }

    default void addUniqueConstraint(String table, UniqueConstraint unique) {
        add(new AddUniqueConstraint(table, unique));
    }

    default void dropUniqueConstraint(String table, UniqueConstraint unique) {
        add(new DropUniqueConstraint(table, unique));
    }

    default void createIndex(String table, Index index) {
        add(new CreateIndex(table, index));
    }

    default void dropIndex(String table, Index index) {
        add(new DropIndex(table, index));
    }

    default void addCheckConstraint(String table, CheckConstraint check) {
        add(new AddCheckConstraint(table, check));
    }

    default void dropCheckConstraint(String table, CheckConstraint check) {
        add(new DropCheckConstraint(table, check));
    }

    default void createSequence(Sequence sequence) {
        add(new CreateSequence(sequence));
    }

    default void dropSequence(Sequence sequence) {
        add(new DropSequence(sequence));
    }

    default void alterSequence(Sequence from, Sequence to) {
        add(new AlterSequence(from, to));
    }

    /** Raw SQL with no reverse: a migration that contains it cannot be downgraded past it. */
    default void executeSql(String sql) {
        add(new ExecuteSql(sql, null));
    }

    default void executeSql(String sql, String reverseSql) {
        add(new ExecuteSql(sql, reverseSql));
    }

    /** Java code run with the migration's connection, with no reverse. */
    default void runJava(String description, JdbcStep step) {
        add(new RunJava(description, step, null));
    }

    default void runJava(String description, JdbcStep step, JdbcStep reverseStep) {
        add(new RunJava(description, step, reverseStep));
    }
}
