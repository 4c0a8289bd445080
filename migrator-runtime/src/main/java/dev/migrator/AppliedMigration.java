package dev.migrator;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code migrator_history}: a migration the database has applied (state
 * {@code applied} or {@code baseline}), or one whose run was interrupted on a database without
 * transactional DDL (state {@code in_progress} or {@code reverting}).
 */
public record AppliedMigration(
        int installOrder,
        String id,
        List<String> parents,
        String description,
        String checksum,
        Instant appliedAt,
        String appliedBy,
        long executionMs,
        String state) {

    public static final String APPLIED = "applied";
    public static final String BASELINE = "baseline";
    public static final String IN_PROGRESS = "in_progress";
    public static final String REVERTING = "reverting";

    public AppliedMigration {
        parents = List.copyOf(parents);
    }

    /** Whether the migration's changes are in the database ({@code applied} or {@code baseline}). */
    public boolean isApplied() {
        return APPLIED.equals(state) || BASELINE.equals(state);
    }
}
