package dev.migrator;

/**
 * The build-time index of migrations: a resource listing one migration class per line, in chain
 * order, written by {@code mvn migrator:make} into the project's resources. The runtime reads it
 * instead of scanning the classpath; two branches that both added a migration change the same
 * lines of it, so the collision shows in version control.
 *
 * <p>Line format. Blank lines are skipped and {@code #} starts a comment. A <em>plain</em> line is
 * a class name, as {@code make} writes it in {@code src/main/resources}:
 * <pre>com.example.migrations.V0002_AddEmail</pre>
 * The build ({@code migrator:index}, bound to {@code process-classes}) rewrites the copy in
 * {@code target/classes} with each migration's metadata in a comment that starts with
 * {@value #FORMAT}:
 * <pre>com.example.migrations.V0002_AddEmail #migrator:1 id=0002_add_email parents=0001_initial checksum=9f…(64 hex) message=add+email</pre>
 * Values are {@code application/x-www-form-urlencoded} (UTF-8), {@code parents} is a
 * comma-separated list (empty for the first migration), {@code checksum} is the
 * {@link dev.migrator.runner.Checksums} of the upgrade. A reader that knows nothing of the metadata
 * sees a plain line (the comment is ignored). A line without well-formed metadata of this version
 * is plain: the runtime loads its class to know the migration, which is always correct. The version
 * {@code 1} covers the line format and the checksum's canonical form; a runtime that computes
 * checksums differently reads lines of another version as plain.
 *
 * <p>What the runtime trusts: with metadata, a start-up that has nothing to do compares the
 * history with the index and loads no migration class. The index is derived from the compiled
 * classes by the same build that compiled them, so it is as fresh as they are. The same build step
 * writes each dialect's upgrade statements ({@link dev.migrator.runner.PrerenderedStatements}); an
 * upgrade whose statements carry its index checksum runs from them, without its class, and the
 * history records that checksum. Any other migration's class is loaded when it runs (up or down),
 * and then its {@code @Revision} must match its line (else the index is stale: an error asking to
 * rebuild) and the history records the checksum computed from the class. When an index checksum
 * differs from the history's, the class is loaded to tell an edited migration (refused) from a
 * stale index (a warning). What a stale index can hide is a migration edited after the last build
 * (one already applied, or, with its statements, one applied from them): it is caught at the first
 * start-up after a build, as an edited applied migration.
 */
public final class MigrationIndex {
    /** Where the index lives on the classpath. */
    public static final String RESOURCE = "META-INF/migrator/migrations.list";

    /** The marker (and version) of the metadata comment of an index line. */
    public static final String FORMAT = "migrator:1";

    private MigrationIndex() {}
}
