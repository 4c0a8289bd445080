package dev.migrator;

import dev.migrator.dialect.Dialect;
import dev.migrator.runner.DriverDataSource;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * How to reach the database and the migrations; built by {@link Migrator#configure()}, turned into
 * a {@link Migrator} by {@link #load()}. Not thread-safe; the {@link Migrator} it loads is.
 *
 * <p>Either a {@link #dataSource(DataSource)} or a {@link #url(String, String, String)} is required,
 * except for offline SQL ({@link Migrator#sql}), which needs only a {@link #dialect(Dialect)}.
 * The password is kept only to connect: {@link #toString()} and every message leave it out.
 */
public final class MigratorConfiguration {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private ClassLoader classLoader;
    private Dialect dialect;
    private Duration lockTimeout = Duration.ofMinutes(5);
    private boolean strict;
    private String appliedBy = System.getProperty("user.name", "unknown");
    private Consumer<String> warnings = message -> System.getLogger("dev.migrator").log(System.Logger.Level.WARNING, message);

    MigratorConfiguration() {}

    /** The database; each call of {@code getConnection()} must give a new connection (a pool is fine). */
    public MigratorConfiguration dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /** The database by JDBC URL; the driver is found in the {@link #classLoader(ClassLoader)}. */
    public MigratorConfiguration url(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        return this;
    }

    /** Where the migration index and classes are read (default: the thread's context class loader). */
    public MigratorConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
    }

    /** The dialect (default: detected from the connection's metadata, or from the URL). */
    public MigratorConfiguration dialect(Dialect dialect) {
        this.dialect = dialect;
        return this;
    }

    /** How long {@code migrate} waits for another run's lock before failing (default 5 minutes). */
    public MigratorConfiguration lockTimeout(Duration lockTimeout) {
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("the lock timeout must not be negative: " + lockTimeout);
        }
        this.lockTimeout = lockTimeout;
        return this;
    }

    /** In strict mode an applied migration the code does not know is an error, not a warning. */
    public MigratorConfiguration strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Who applies, as recorded in {@code applied_by} (default: the {@code user.name} system property). */
    public MigratorConfiguration appliedBy(String appliedBy) {
        this.appliedBy = Objects.requireNonNull(appliedBy, "appliedBy");
        return this;
    }

    /** Where warnings go (default: the {@code dev.migrator} {@link System.Logger}). */
    public MigratorConfiguration warnings(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        return this;
    }

    /**
     * Reads the migration index, loads the migrations and checks their chain (no database access).
     *
     * @throws MigrationException when a migration cannot be loaded or the chain is invalid (duplicate
     *     id, unknown parent, two heads, ...), naming the class and id
     */
    public Migrator load() {
        ClassLoader loader = classLoader != null ? classLoader
                : Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(), Migrator.class.getClassLoader());
        DataSource source = dataSource;
        if (source == null && url != null) {
            source = new DriverDataSource(url, user, password, loader);
        }
        if (source == null && dialect == null) {
            throw new MigrationException("no database configured: call dataSource(...) or url(url, user, password), "
                    + "or dialect(...) for offline SQL only");
        }
        Dialect chosen = dialect != null ? dialect : url != null ? Dialect.forJdbcUrl(url) : null;
        return new Migrator(source, loader, chosen, lockTimeout, strict, appliedBy, warnings);
    }

    @Override
    public String toString() {
        return "MigratorConfiguration[" + (url != null ? DriverDataSource.masked(url) + ", user=" + user : dataSource)
                + ", lockTimeout=" + lockTimeout + ", strict=" + strict + "]";
    }
}
