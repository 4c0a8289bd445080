package dev.migrator;

import dev.migrator.dialect.Dialect;
import dev.migrator.runner.HistoryTable;
import dev.migrator.runner.HistoryValidator;
import dev.migrator.runner.LoadedMigration;
import dev.migrator.runner.MigrationChain;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.runner.MigrationLock;
import dev.migrator.runner.MigrationRunner;
import dev.migrator.runner.PrerenderedStatements;
import dev.migrator.runner.SqlScriptWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Applies and reverts migrations on one database and reports where it stands, in the style of
 * Flyway's API: {@code Migrator.configure().dataSource(ds).load().migrate()}.
 *
 * <p>Migrations come from the build-time index ({@value MigrationIndex#RESOURCE}), never from a
 * classpath scan. With the index's build-time metadata, a migration class is loaded only when the
 * migration runs (up or down) or its checksum disagrees with the history; see {@link MigrationIndex}
 * for what is trusted. An upgrade whose statements the build rendered for the database's dialect
 * ({@link PrerenderedStatements}) runs from them, without its class. A target is a revision id, {@code "head"} (the newest) or {@code "base"} /
 * {@code "0"} (before the first migration).
 *
 * <p>Concurrency: any number of processes may call {@link #migrate()} at once. With nothing to do
 * it costs one history query and takes no lock; otherwise it takes the database's migration lock
 * ({@link MigrationLock}), re-reads the history under it and applies what is still pending, so each
 * migration is applied exactly once. Every changing method validates the history first and refuses
 * to run on an edited applied migration or an interrupted run. Thread-safe.
 */
public final class Migrator {
    /**
     * The tables migrator keeps for itself, which schema comparisons should leave out: the history,
     * and on H2 the lock row's table.
     */
    public static final List<String> OWN_TABLES = List.of("migrator_history", "migrator_lock");

    private final DataSource dataSource;
    private final Duration lockTimeout;
    /** Where the index, the prerendered statements and the migration classes come from. */
    private final ClassLoader classLoader;
    private final boolean strict;
    private final String appliedBy;
    private final Consumer<String> warnings;
    private final MigrationChain chain;
    private volatile Dialect dialect;

    Migrator(DataSource dataSource, ClassLoader classLoader, Dialect dialect, Duration lockTimeout, boolean strict,
            String appliedBy, Consumer<String> warnings) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.lockTimeout = lockTimeout;
        this.strict = strict;
        this.appliedBy = appliedBy;
        this.warnings = warnings;
        this.classLoader = classLoader;
        this.chain = MigrationChain.of(MigrationLoader.load(classLoader));
    }

    /** Starts a configuration. */
    public static MigratorConfiguration configure() {
        return new MigratorConfiguration();
    }

    /** Applies every pending migration; returns the ids applied, in order (empty: nothing to do). */
    public List<String> migrate() {
        return migrate("head");
    }

    /** Applies the pending migrations {@code target} needs (itself and what it follows); returns their ids. */
    public List<String> migrate(String target) {
        Set<String> wanted = wanted(target);
        List<AppliedMigration> rows = readHistory();
        // An in_progress row seen without the lock may be another process's run happening now:
        // only under the lock does it mean an interrupted run, so then the check waits for the lock.
        boolean runningOrInterrupted = rows.stream().anyMatch(r -> !r.isApplied());
        if (!runningOrInterrupted) {
            requireValid(rows);
            if (pending(rows, wanted).isEmpty()) {
                return List.of();
            }
        }
        return underLock(connection -> {
            List<AppliedMigration> current = HistoryTable.read(connection).orElse(List.of());
            requireValid(current);
            List<String> applied = new ArrayList<>();
            Dialect dialect = dialect(connection);
            List<LoadedMigration> pending = pending(current, wanted);
            PrerenderedStatements prerendered = pending.isEmpty()
                    ? PrerenderedStatements.none() : PrerenderedStatements.read(classLoader, dialect);
            try (MigrationRunner runner = new MigrationRunner(dialect, appliedBy, connection)) {
                List<MigrationRunner.Plan> plans = new ArrayList<>();
                for (LoadedMigration migration : pending) {
                    plans.add(runner.planUpgrade(migration, prerendered));
                    if (migration.isLoaded()) {
                        warnIfStale(migration);
                    }
                }
                for (MigrationRunner.Plan plan : plans) {
                    runner.apply(plan);
                    applied.add(plan.migration().id());
                }
            }
            return applied;
        });
    }

    /** Reverts the last {@code steps} applied migrations, newest first; returns their ids. */
    public List<String> downgrade(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("cannot downgrade " + steps + " steps");
        }
        return revert(rows -> appliedNewestFirst(rows).stream().limit(steps).toList());
    }

    /** Reverts every applied migration {@code target} does not need ({@code "base"}: all); returns their ids. */
    public List<String> downgradeTo(String target) {
        Set<String> keep = wanted(target);
        return revert(rows -> appliedNewestFirst(rows).stream().filter(r -> !keep.contains(r.id())).toList());
    }

    /** The current revision(s), applied and pending migrations; never changes the database. */
    public MigrationStatus status() {
        List<AppliedMigration> rows = readHistory();
        Set<String> followed = rows.stream().filter(AppliedMigration::isApplied)
                .flatMap(r -> r.parents().stream()).collect(Collectors.toSet());
        List<String> current = rows.stream().filter(AppliedMigration::isApplied)
                .map(AppliedMigration::id).filter(id -> !followed.contains(id)).toList();
        List<MigrationInfo> pending = pending(rows, wanted("head")).stream().map(LoadedMigration::info).toList();
        return new MigrationStatus(current, rows, pending, HistoryValidator.validate(chain, rows, strict));
    }

    /** The migrations of the code, newest first (every migration before the ones it follows). */
    public List<MigrationInfo> history() {
        List<MigrationInfo> newestFirst = new ArrayList<>(chain.ordered().stream().map(LoadedMigration::info).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Compares the database's history with the code: edited, unknown, interrupted and out-of-order migrations. */
    public ValidationReport validate() {
        return HistoryValidator.validate(chain, readHistory(), strict);
    }

    /**
     * Records {@code target} and what it follows as applied without running them (state
     * {@code baseline}), for a database that already has their schema; returns the ids recorded.
     */
    public List<String> baseline(String target) {
        Set<String> wanted = wanted(target);
        return underLock(connection -> {
            List<AppliedMigration> rows = HistoryTable.read(connection).orElse(List.of());
            List<String> recorded = new ArrayList<>();
            for (LoadedMigration migration : pending(rows, wanted)) {
                HistoryTable.insert(connection, migration.codeInfo(), AppliedMigration.BASELINE, 0, appliedBy);
                recorded.add(migration.id());
            }
            return recorded;
        });
    }

    /**
     * Forgets interrupted runs (rows {@code in_progress} or {@code reverting}, left by a failure on
     * H2), after someone has checked the schema: their migrations count as not applied afterwards.
     * Returns the ids forgotten.
     */
    public List<String> repair() {
        return underLock(connection -> {
            List<String> forgotten = new ArrayList<>();
            for (AppliedMigration row : HistoryTable.read(connection).orElse(List.of())) {
                if (!row.isApplied()) {
                    HistoryTable.delete(connection, row.id());
                    forgotten.add(row.id());
                }
            }
            return forgotten;
        });
    }

    /**
     * The SQL script that upgrades a database from {@code from} (exclusive; {@code "base"} for an
     * empty one) to {@code to} (inclusive; {@code "head"}), history inserts included, for the
     * configured dialect; needs no database when a dialect is configured. Java steps appear as
     * {@code -- NOT RENDERED} comments naming them.
     */
    public String sql(String from, String to) {
        Set<String> done = wanted(from);
        Set<String> wanted = wanted(to);
        List<LoadedMigration> range = chain.ordered().stream()
                .filter(m -> wanted.contains(m.id()) && !done.contains(m.id()))
                .toList();
        return new SqlScriptWriter(dialect()).upgrade(range).script();
    }

    /** The dialect in use (detected from the database on first use when not configured). */
    public Dialect dialect() {
        if (dialect == null) {
            if (dataSource == null) {
                throw new MigrationException("no database and no dialect configured: call dataSource(...), "
                        + "url(...) or dialect(...)");
            }
            try (Connection connection = dataSource.getConnection()) {
                return dialect(connection);
            } catch (SQLException e) {
                throw new MigrationException("cannot connect to the database: " + e.getMessage(), e);
            }
        }
        return dialect;
    }

    // ------------------------------------------------------------------ internals

    private interface LockedWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private List<String> revert(Function<List<AppliedMigration>, List<AppliedMigration>> choose) {
        return underLock(connection -> {
            List<AppliedMigration> rows = HistoryTable.read(connection).orElse(List.of());
            requireValid(rows);
            List<String> reverted = new ArrayList<>();
            try (MigrationRunner runner = new MigrationRunner(dialect(connection), appliedBy, connection)) {
                List<MigrationRunner.Plan> plans = new ArrayList<>();
                for (AppliedMigration row : choose.apply(rows)) {
                    if (!chain.contains(row.id())) {
                        throw new MigrationException("cannot downgrade " + row.id() + ": the database has applied it but "
                                + "the code does not know it, so its downgrade is unknown", row.id(), null, null);
                    }
                    plans.add(runner.planDowngrade(chain.get(row.id())));
                }
                for (MigrationRunner.Plan plan : plans) {
                    runner.revert(plan);
                    reverted.add(plan.migration().id());
                }
            }
            return reverted;
        });
    }

    /** A migration about to run whose index checksum is not its class's: the build did not refresh the index. */
    private void warnIfStale(LoadedMigration migration) {
        MigrationInfo code = migration.codeInfo();
        if (!code.checksum().equals(migration.info().checksum())) {
            warnings.accept("the migration index lists migration " + migration.id() + " (" + code.className()
                    + ") with checksum " + migration.info().checksum() + ", but its class computes " + code.checksum()
                    + ", which is what " + HistoryTable.NAME + " records: the index is stale; rebuild the project "
                    + "(mvn process-classes runs migrator:index)");
        }
    }

    /** Runs {@code work} holding the migration lock, on a connection of its own, with the history table present. */
    private <T> T underLock(LockedWork<T> work) {
        requireDatabase();
        MigrationLock lock = MigrationLock.acquire(dataSource, dialect(), lockTimeout);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            HistoryTable.create(connection);
            return work.run(connection);
        } catch (SQLException e) {
            throw new MigrationException("database error: " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }

    private List<AppliedMigration> readHistory() {
        requireDatabase();
        try (Connection connection = dataSource.getConnection()) {
            // A pooled connection may come in a transaction; a failed read must not poison it.
            connection.setAutoCommit(true);
            dialect(connection);
            return HistoryTable.read(connection).orElse(List.of());
        } catch (SQLException e) {
            throw new MigrationException("cannot read " + HistoryTable.NAME + ": " + e.getMessage(), e);
        }
    }

    private void requireDatabase() {
        if (dataSource == null) {
            throw new MigrationException("no database configured: call dataSource(...) or url(url, user, password)");
        }
    }

    private void requireValid(List<AppliedMigration> rows) {
        ValidationReport report = HistoryValidator.validate(chain, rows, strict);
        report.warnings().forEach(warnings);
        if (!report.isValid()) {
            throw new MigrationException(String.join("\n", report.errors()));
        }
    }

    /** The migrations of {@code wanted} not applied yet, each after the ones it follows. */
    private List<LoadedMigration> pending(List<AppliedMigration> rows, Set<String> wanted) {
        Set<String> applied = new HashSet<>(rows.size() * 2);
        for (AppliedMigration row : rows) {
            applied.add(row.id());
        }
        List<LoadedMigration> pending = new ArrayList<>();
        for (LoadedMigration migration : chain.ordered()) {
            if (!applied.contains(migration.id()) && wanted.contains(migration.id())) {
                pending.add(migration);
            }
        }
        return pending;
    }

    private Set<String> wanted(String target) {
        String key = target == null ? "head" : target.trim();
        if (key.equals("0") || key.toLowerCase(Locale.ROOT).equals("base")) {
            return Set.of();
        }
        if (key.toLowerCase(Locale.ROOT).equals("head")) {
            // The chain has one head (MigrationChain.of), which follows every other migration:
            // its ancestry is every id, without walking the graph at each start-up.
            return chain.ids();
        }
        return chain.ancestry(key);
    }

    private static List<AppliedMigration> appliedNewestFirst(List<AppliedMigration> rows) {
        return rows.stream().filter(AppliedMigration::isApplied)
                .sorted(Comparator.comparingInt(AppliedMigration::installOrder).reversed())
                .toList();
    }

    private Dialect dialect(Connection connection) throws SQLException {
        if (dialect == null) {
            dialect = Dialect.forProductName(connection.getMetaData().getDatabaseProductName());
        }
        return dialect;
    }
}
