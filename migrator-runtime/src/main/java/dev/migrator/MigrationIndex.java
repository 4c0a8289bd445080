package dev.migrator;

/**
 * The build-time index of migrations: a resource listing one migration class name per line, in
 * chain order, written by {@code mvn migrator:make} into the project's resources. The runtime
 * reads it instead of scanning the classpath; two branches that both added a migration change the
 * same lines of it, so the collision shows in version control.
 */
public final class MigrationIndex {
    /** Where the index lives on the classpath. */
    public static final String RESOURCE = "META-INF/migrator/migrations.list";

    private MigrationIndex() {}
}
