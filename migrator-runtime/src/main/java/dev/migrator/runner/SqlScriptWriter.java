package dev.migrator.runner;

import dev.migrator.dialect.Dialect;
import dev.migrator.operation.Operation;
import java.util.List;

/**
 * Writes the SQL script a DBA would run for a range of migrations, without a database
 * ({@code mvn migrator:sql}, Alembic's {@code --sql}): the history table, then per migration its
 * statements and its history insert (or delete, going down), in one transaction on PostgreSQL.
 * A Java step cannot be rendered: it is named in a comment where it would run, and
 * {@link #hasJavaSteps()} says so. Deterministic: no clock, no environment.
 */
public final class SqlScriptWriter {
    private final Dialect dialect;
    private final StepPlanner planner;
    private final StringBuilder script = new StringBuilder();
    private boolean javaSteps;

    public SqlScriptWriter(Dialect dialect) {
        this.dialect = dialect;
        this.planner = new StepPlanner(dialect);
    }

    /** Adds the upgrade of each migration, in order. */
    public SqlScriptWriter upgrade(List<LoadedMigration> migrations) {
        script.append("-- migrator: ").append(dialect.name()).append(" upgrade script\n");
        script.append(HistoryTable.CREATE).append(";\n");
        for (LoadedMigration migration : migrations) {
            block(migration, "upgrade", migration.upgrade(), HistoryTable.insertSql(dialect, migration.codeInfo()));
        }
        return this;
    }

    /** Adds the downgrade of each migration, in the order given (newest first). */
    public SqlScriptWriter downgrade(List<LoadedMigration> migrations) {
        script.append("-- migrator: ").append(dialect.name()).append(" downgrade script\n");
        for (LoadedMigration migration : migrations) {
            block(migration, "downgrade", migration.downgrade(), HistoryTable.deleteSql(dialect, migration.id()));
        }
        return this;
    }

    /** Whether some migration has a Java step, which the script only names. */
    public boolean hasJavaSteps() {
        return javaSteps;
    }

    /** The script: statements end with {@code ;} and a newline. */
    public String script() {
        return script.toString();
    }

    private void block(LoadedMigration migration, String direction, List<Operation> operations, String historySql) {
        List<Step> steps = planner.plan(operations);
        boolean transaction = dialect.transactionalDdl() && steps.stream().noneMatch(Step::refusesTransaction);
        script.append("\n-- ").append(direction).append(' ').append(migration.id());
        if (!migration.info().description().isEmpty()) {
            script.append(": ").append(migration.info().description().replaceAll("\\s+", " "));
        }
        script.append(" (").append(migration.info().className()).append(")\n");
        if (transaction) {
            script.append("begin;\n");
        }
        for (Step step : steps) {
            if (step instanceof Step.Sql sql) {
                script.append(sql.sql()).append(";\n");
            } else {
                javaSteps = true;
                script.append("-- NOT RENDERED: ").append(step.describe().replace('\n', ' '))
                        .append(" of ").append(migration.id()).append(" is Java code; run it with mvn migrator:migrate\n");
            }
        }
        script.append(historySql).append(";\n");
        if (transaction) {
            script.append("commit;\n");
        }
    }
}
