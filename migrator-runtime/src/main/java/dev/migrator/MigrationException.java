package dev.migrator;

/**
 * A migration could not be loaded, validated or applied. The message says what went wrong and
 * what to do; {@link #migrationId()} and {@link #sql()} name the migration and the failing
 * statement when there is one. Messages never contain a password.
 */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String migrationId;
    private final String sql;

    public MigrationException(String message) {
        this(message, null, null, null);
    }

    public MigrationException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public MigrationException(String message, String migrationId, String sql, Throwable cause) {
        super(message, cause);
        this.migrationId = migrationId;
        this.sql = sql;
    }

    /** The migration concerned, or {@code null}. */
    public String migrationId() {
        return migrationId;
    }

    /** The statement that failed, or {@code null}. */
    public String sql() {
        return sql;
    }
}
