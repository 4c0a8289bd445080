package dev.migrator.runner;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationInfo;
import dev.migrator.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the rows of {@code migrator_history} with the chain of the code. Errors: an applied
 * migration whose checksum changed (edited after it ran), an interrupted run, an applied
 * migration whose ancestor is not applied (applied out of order), and in strict mode an applied
 * migration the code does not know; otherwise the last one is a warning (database ahead of code).
 * Checksums are the index's, so no migration class is loaded, unless one differs from the
 * history's: then the class decides between an edited migration (error) and a stale index (warning).
 */
public final class HistoryValidator {
    private HistoryValidator() {}

    public static ValidationReport validate(MigrationChain chain, List<AppliedMigration> rows, boolean strict) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> applied = new HashSet<>(rows.size() * 2);
        for (AppliedMigration row : rows) {
            if (row.isApplied()) {
                applied.add(row.id());
            }
        }
        Set<String> complete = completeAncestries(chain, applied);
        for (AppliedMigration row : rows) {
            if (!row.isApplied()) {
                errors.add(interrupted(row));
            } else if (!chain.contains(row.id())) {
                (strict ? errors : warnings).add("the database has applied migration " + row.id()
                        + ", which is not in the migration index: the database is ahead of this code, or the "
                        + "migration was deleted");
            } else {
                checkChecksum(chain, row, errors, warnings);
                checkOrder(chain, row, applied, complete, errors);
            }
        }
        return new ValidationReport(errors, warnings);
    }

    private static void checkChecksum(MigrationChain chain, AppliedMigration row, List<String> errors, List<String> warnings) {
        LoadedMigration migration = chain.get(row.id());
        // Baseline rows carry the checksum the code had when they were recorded: edits after that count too.
        if (migration.info().checksum().equals(row.checksum())) {
            return;
        }
        // The index's checksum differs: only the class can tell an edit from an index the build did not refresh.
        MigrationInfo code = migration.codeInfo();
        if (code.checksum().equals(row.checksum())) {
            warnings.add("the migration index lists migration " + row.id() + " (" + code.className() + ") with checksum "
                    + migration.info().checksum() + ", but its class computes " + code.checksum() + " as "
                    + HistoryTable.NAME + " has it: the index is stale; rebuild the project (mvn process-classes runs "
                    + "migrator:index)");
        } else {
            errors.add("migration " + row.id() + " (" + code.className() + ") was changed after it was "
                    + "applied (checksum " + row.checksum() + " in " + HistoryTable.NAME + ", "
                    + code.checksum() + " in the code); restore its operations and put the change "
                    + "in a new migration (mvn migrator:make)");
        }
    }

    private static void checkOrder(
            MigrationChain chain, AppliedMigration row, Set<String> applied, Set<String> complete, List<String> errors) {
        // Walking each row's whole ancestry made validation quadratic in the length of the history;
        // the walk is only needed to name what is missing, when something is.
        if (complete.contains(row.id())) {
            return;
        }
        for (String ancestor : chain.ancestry(row.id())) {
            if (!applied.contains(ancestor)) {
                errors.add("migration " + row.id() + " is applied but " + ancestor + ", which it follows, is not: "
                        + "the history was applied out of order; apply or baseline " + ancestor + " by hand first");
            }
        }
    }

    /** The migrations whose ancestors are all applied; one pass in chain order (parents first). */
    private static Set<String> completeAncestries(MigrationChain chain, Set<String> applied) {
        Set<String> complete = new HashSet<>(chain.ordered().size() * 2);
        for (LoadedMigration migration : chain.ordered()) {
            if (allComplete(migration.info().parents(), applied, complete)) {
                complete.add(migration.id());
            }
        }
        return complete;
    }

    private static boolean allComplete(List<String> parents, Set<String> applied, Set<String> complete) {
        for (String parent : parents) {
            if (!applied.contains(parent) || !complete.contains(parent)) {
                return false;
            }
        }
        return true;
    }

    private static String interrupted(AppliedMigration row) {
        String what = AppliedMigration.IN_PROGRESS.equals(row.state()) ? "upgrade" : "downgrade";
        return "migration " + row.id() + " was interrupted during its " + what + " (state " + row.state() + " in "
                + HistoryTable.NAME + "): the database commits DDL statement by statement, so part of it may have "
                + "run (unless another process is running it right now). Check the schema, finish or undo the " + what + " by hand, then run mvn migrator:repair "
                + "(Migrator.repair()) to clear the mark";
    }
}
