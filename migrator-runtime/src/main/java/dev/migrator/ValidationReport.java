package dev.migrator;

import java.util.List;

/**
 * What {@link Migrator#validate()} found comparing the history table with the migrations of the
 * code. {@code errors} stop {@code migrate} (an edited applied migration, an interrupted run, a
 * migration applied out of order, and in strict mode an applied migration the code does not know);
 * {@code warnings} do not.
 */
public record ValidationReport(List<String> errors, List<String> warnings) {
    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
