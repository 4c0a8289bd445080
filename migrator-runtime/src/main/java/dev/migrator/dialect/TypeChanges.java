package dev.migrator.dialect;

import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;

/**
 * What changing a column's type costs on PostgreSQL, one source of truth for the dialect (which
 * must write {@code using}) and for {@code make}'s risk report.
 *
 * <p>{@code alter column ... type T} without {@code using} converts with the <em>assignment</em> cast
 * from the old type to the new one. PostgreSQL has one between numbers, between date/time types,
 * and from anything to a character type; from a character type to anything else (integer,
 * boolean, uuid, timestamp, jsonb, bytea, ...) and between numbers and booleans the casts are
 * explicit only, so the statement fails ("column cannot be cast automatically") unless it says
 * {@code using c::T}. An explicit cast is written only there: between character types it would
 * silently truncate where the assignment cast fails loudly.
 */
public final class TypeChanges {
    /** Groups of types with assignment casts among them on PostgreSQL. */
    public enum Family {
        BOOLEAN, NUMBER, CHARACTER, BINARY, LOB, DATETIME, UUID, JSON, XML, OTHER
    }

    private TypeChanges() {}

    /** The family of a logical type, as PostgreSQL stores it (a STRING enum is a {@code varchar}). */
    public static Family family(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> Family.BOOLEAN;
            case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, FLOAT, NUMERIC -> Family.NUMBER;
            case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, ENUM -> Family.CHARACTER;
            case BINARY, VARBINARY -> Family.BINARY;
            case CLOB, NCLOB, BLOB -> Family.LOB;
            case DATE, TIME, TIME_WITH_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE, INTERVAL_SECOND -> Family.DATETIME;
            case UUID -> Family.UUID;
            case JSON -> Family.JSON;
            case XML -> Family.XML;
            case CUSTOM -> Family.OTHER;
        };
    }

    /**
     * Whether PostgreSQL needs {@code using} for this change: the families differ, the target is not
     * a character type, and neither side is a custom type (whose definition says nothing).
     */
    public static boolean needsUsingOnPostgres(ColumnType from, ColumnType to) {
        Family source = family(from.kind());
        Family target = family(to.kind());
        return source != target && target != Family.CHARACTER && source != Family.OTHER && target != Family.OTHER;
    }

    /**
     * Whether PostgreSQL rewrites the whole table (under an exclusive lock) for this change. It
     * does not only where the stored bytes stay valid: a longer or unlimited character type
     * ({@code varchar(n)}, a STRING enum included, to {@code varchar(m >= n)} or {@code text}; not from {@code char}), a
     * numeric with more precision and the same scale, a longer varbinary.
     */
    public static boolean rewritesPostgresTable(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (isVarying(from.kind()) && isVarying(to.kind())) {
            return to.kind() != TypeKind.TEXT && (from.kind() == TypeKind.TEXT || shorter(from.length(), to.length()));
        }
        if (from.kind() == TypeKind.NUMERIC && to.kind() == TypeKind.NUMERIC) {
            return !java.util.Objects.equals(from.scale(), to.scale()) || shorter(from.precision(), to.precision());
        }
        boolean binary = from.kind() == TypeKind.VARBINARY || from.kind() == TypeKind.BINARY;
        if (binary && (to.kind() == TypeKind.VARBINARY || to.kind() == TypeKind.BINARY)) {
            return false; // both are bytea on PostgreSQL
        }
        return true;
    }

    private static boolean isVarying(TypeKind kind) {
        return kind == TypeKind.VARCHAR || kind == TypeKind.NVARCHAR || kind == TypeKind.TEXT || kind == TypeKind.ENUM;
    }

    /** True when {@code after} is shorter than {@code before} (a rewrite, and a narrowing). */
    private static boolean shorter(Integer before, Integer after) {
        return before != null && after != null && after < before;
    }
}
