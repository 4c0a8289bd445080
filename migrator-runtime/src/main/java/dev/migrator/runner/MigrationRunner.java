package dev.migrator.runner;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationException;
import dev.migrator.MigrationInfo;
import dev.migrator.dialect.Dialect;
import dev.migrator.operation.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies or reverts one migration on a connection, keeping {@code migrator_history} truthful.
 *
 * <p>With transactional DDL (PostgreSQL) the statements and the history change commit together
 * or not at all. Without it (H2, where DDL commits implicitly) the history row is written first
 * with state {@code in_progress} (or set to {@code reverting}) and finalised after the last
 * statement; a failure leaves that mark, which stops the next run until someone checks the schema.
 * A failure before any statement ran removes the mark again: nothing happened. A PostgreSQL
 * migration with a step that cannot run in a transaction ({@code create index concurrently}) is
 * run the second way.
 */
public final class MigrationRunner implements AutoCloseable {
    private final Dialect dialect;
    private final StepPlanner planner;
    private final String appliedBy;
    private final Connection connection;
    private final HistoryWriter history;

    /** A runner for one run on {@code connection} (auto-commit on); close it after the run. */
    public MigrationRunner(Dialect dialect, String appliedBy, Connection connection) {
        this.dialect = dialect;
        this.planner = new StepPlanner(dialect);
        this.appliedBy = appliedBy;
        this.connection = connection;
        this.history = new HistoryWriter(connection);
    }

    /**
     * The work of one migration in one direction, planned before anything runs: its class loaded,
     * its operations recorded and rendered to steps, so that a run finds a class that cannot load
     * or an operation the dialect cannot express before it changes the database (and does not
     * interleave class loading with statements, which costs the JIT dearly over thousands).
     */
    public record Plan(LoadedMigration migration, MigrationInfo info, List<Step> steps, boolean transactional) {}

    /**
     * The upgrade of {@code migration}; {@code info} (what the history will record) is
     * {@link LoadedMigration#codeInfo()}, with the checksum computed from the class.
     */
    public Plan planUpgrade(LoadedMigration migration) {
        return planUpgrade(migration, PrerenderedStatements.none());
    }

    /**
     * The upgrade of {@code migration}, from {@code prerendered} when the build rendered it for the
     * checksum of its index line and its class is not loaded yet: then the class is not loaded, and
     * the history records the index's {@link LoadedMigration#info()}, which that checksum makes the
     * same as what the class would say. Otherwise as {@link #planUpgrade(LoadedMigration)}.
     */
    public Plan planUpgrade(LoadedMigration migration, PrerenderedStatements prerendered) {
        if (!migration.isLoaded()) {
            Optional<List<String>> statements = prerendered.upgradeOf(migration.info());
            if (statements.isPresent()) {
                List<Step> steps = new ArrayList<>(statements.get().size());
                statements.get().forEach(sql -> steps.add(new Step.Sql(sql)));
                return new Plan(migration, migration.info(), steps, transactional(steps));
            }
        }
        List<Step> steps = plan(migration, migration.upgrade(), "upgrade");
        return new Plan(migration, migration.codeInfo(), steps, transactional(steps));
    }

    /** The downgrade of {@code migration}. */
    public Plan planDowngrade(LoadedMigration migration) {
        List<Step> steps = plan(migration, migration.downgrade(), "downgrade");
        return new Plan(migration, migration.info(), steps, transactional(steps));
    }

    /** Runs a planned upgrade and records it. */
    public void apply(Plan plan) {
        LoadedMigration migration = plan.migration();
        long started = System.nanoTime();
        if (plan.transactional()) {
            inTransaction(migration, () -> {
                runAll(migration, plan.steps(), "upgrade");
                history.insert(plan.info(), AppliedMigration.APPLIED, millisSince(started), appliedBy);
            });
        } else {
            record(migration, () -> history.insert(plan.info(), AppliedMigration.IN_PROGRESS, 0, appliedBy));
            runMarked(migration, plan.steps(), "upgrade", () -> history.delete(migration.id()));
            record(migration, () -> history.update(migration.id(), AppliedMigration.APPLIED, millisSince(started)));
        }
    }

    /** Runs a planned downgrade and removes the migration's history row. */
    public void revert(Plan plan) {
        LoadedMigration migration = plan.migration();
        if (plan.transactional()) {
            inTransaction(migration, () -> {
                runAll(migration, plan.steps(), "downgrade");
                history.delete(migration.id());
            });
        } else {
            record(migration, () -> history.update(migration.id(), AppliedMigration.REVERTING, 0));
            runMarked(migration, plan.steps(), "downgrade", () -> history.update(migration.id(), AppliedMigration.APPLIED, 0));
            record(migration, () -> history.delete(migration.id()));
        }
    }

    /** Closes the statements of the run (not the connection). */
    @Override
    public void close() {
        history.close();
    }

    /**
     * One transaction for the whole migration where the database allows; a migration with a step
     * PostgreSQL refuses in a transaction ({@code create index concurrently}) runs like on H2,
     * statement by statement with an {@code in_progress} mark.
     */
    private boolean transactional(List<Step> steps) {
        if (!dialect.transactionalDdl()) {
            return false;
        }
        for (Step step : steps) {
            if (step.refusesTransaction()) {
                return false;
            }
        }
        return true;
    }

    private List<Step> plan(LoadedMigration migration, List<Operation> operations, String direction) {
        try {
            return planner.plan(operations);
        } catch (RuntimeException e) {
            throw new MigrationException("the " + direction + " of migration " + migration.id() + " ("
                    + migration.info().className() + ") cannot run on " + dialect.name() + ": " + e.getMessage(),
                    migration.id(), null, e);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(LoadedMigration migration, SqlWork work) {
        try {
            connection.setAutoCommit(false);
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof MigrationException me ? me : historyFailure(migration, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is closed by the caller.
            }
        }
    }

    private void runAll(LoadedMigration migration, List<Step> steps, String direction) {
        for (Step step : steps) {
            runStep(migration, step, direction, "");
        }
    }

    /** Runs the steps after a mark was written; on a failure before the first step, {@code unmark} undoes the mark. */
    private int runMarked(LoadedMigration migration, List<Step> steps, String direction, SqlWork unmark) {
        int done = 0;
        for (Step step : steps) {
            if (done == 0) {
                try {
                    step.run(connection);
                } catch (SQLException | RuntimeException e) {
                    record(migration, unmark);
                    throw stepFailure(migration, step, direction, e, "");
                }
            } else {
                runStep(migration, step, direction, " " + recoveryHint(migration, direction, done));
            }
            done++;
        }
        return done;
    }

    private void runStep(LoadedMigration migration, Step step, String direction, String hint) {
        try {
            step.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw stepFailure(migration, step, direction, e, hint);
        }
    }

    private static MigrationException stepFailure(
            LoadedMigration migration, Step step, String direction, Exception cause, String hint) {
        String sql = step instanceof Step.Sql s ? s.sql() : null;
        return new MigrationException("the " + direction + " of migration " + migration.id() + " ("
                + migration.info().className() + ") failed at " + step.describe() + ": " + cause.getMessage() + hint,
                migration.id(), sql, cause);
    }

    private static String recoveryHint(LoadedMigration migration, String direction, int done) {
        return "\n" + done + " statement(s) of it had already run and were committed one by one; migrator_history marks "
                + migration.id() + " as " + (direction.equals("upgrade") ? "in_progress" : "reverting")
                + ", which stops the next run. Check the schema, finish or undo the " + direction
                + " by hand, then run mvn migrator:repair (Migrator.repair()) to clear the mark.";
    }

    private static void record(LoadedMigration migration, SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw historyFailure(migration, e);
        }
    }

    private static MigrationException historyFailure(LoadedMigration migration, Exception e) {
        return new MigrationException("recording migration " + migration.id() + " in " + HistoryTable.NAME
                + " failed: " + e.getMessage(), migration.id(), null, e);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
