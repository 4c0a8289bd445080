package dev.migrator.dialect;

import dev.migrator.model.ColumnType;
import dev.migrator.operation.Operation;
import java.util.List;
import java.util.Locale;

/**
 * Renders operations as SQL for one database, with the type names, keyword quoting and DDL shapes
 * that Hibernate ORM 7.1's dialect of the same database produces.
 *
 * <p>Every identifier goes through {@link #quote}; values (comments) go through {@link #literal};
 * defaults and check expressions are SQL expressions by contract and are written as given.
 * Implementations are immutable and thread-safe.
 */
public interface Dialect {

    /** {@code "h2"} or {@code "postgresql"}: the name {@link #named} accepts. */
    String name();

    /**
     * The statements that perform {@code operation}, in order; each element is exactly one SQL
     * statement without a terminating {@code ;}.
     *
     * @throws UnsupportedOperationException for an operation that has no SQL form (a Java step),
     *     or that this database cannot express (the message says what to do instead)
     */
    List<String> sql(Operation operation);

    /** {@code identifier} as SQL: as written, or double-quoted when it must be (see {@link IdentifierQuoter}). */
    String quote(String identifier);

    /**
     * A table's or sequence's model name as SQL, each part quoted by {@link #quote}:
     * {@code sales.orders} for {@code "sales.orders"} (schema {@code sales}), {@code orders} for
     * {@code "orders"} (the connection's default schema).
     */
    String quoteQualified(String name);

    /** {@code value} as a SQL string literal ({@code 'it''s'}), or {@code null} for {@code null}. */
    String literal(String value);

    /** The database type name Hibernate's dialect uses for {@code type} ({@code varchar(255)}, {@code float(53)}). */
    String typeName(ColumnType type);

    /** Whether DDL takes part in transactions (PostgreSQL) or commits implicitly (H2). */
    boolean transactionalDdl();

    /** The dialect called {@code name} ({@code h2}, {@code postgresql} or {@code postgres}, any case). */
    static Dialect named(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "h2" -> H2Dialect.INSTANCE;
            case "postgresql", "postgres", "pg" -> PostgresDialect.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "unknown dialect \"" + name + "\"; migrator supports h2 and postgresql");
        };
    }

    /** The dialect of a JDBC URL ({@code jdbc:h2:...}, {@code jdbc:postgresql:...}). */
    static Dialect forJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2Dialect.INSTANCE;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return PostgresDialect.INSTANCE;
        }
        // Only the scheme is shown: the rest of a URL may carry a password.
        String scheme = lower.startsWith("jdbc:") ? lower.split(":", 3)[0] + ":" + lower.split(":", 3)[1] : "(not a JDBC URL)";
        throw new IllegalArgumentException(
                "cannot tell the database of the JDBC URL " + scheme + ":...; migrator supports jdbc:h2: and jdbc:postgresql:");
    }

    /** The dialect of {@link java.sql.DatabaseMetaData#getDatabaseProductName()} ({@code H2}, {@code PostgreSQL}). */
    static Dialect forProductName(String productName) {
        String lower = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (lower.equals("h2")) {
            return H2Dialect.INSTANCE;
        }
        if (lower.equals("postgresql")) {
            return PostgresDialect.INSTANCE;
        }
        throw new IllegalArgumentException(
                "the database is " + productName + "; migrator supports H2 and PostgreSQL");
    }
}
