package dev.migrator.model;

import java.util.List;
import java.util.Objects;

/**
 * A column's logical type: a {@link TypeKind} with the facets that apply to it.
 *
 * <p>{@code length} applies to character and binary kinds, {@code precision} to numeric, float and
 * temporal kinds (fractional seconds), {@code scale} to numeric; each is {@code null} when not
 * given. {@code values} lists the constants of an {@link TypeKind#ENUM} in declaration order (the
 * dialect decides how they appear in DDL). {@code definition} is the verbatim SQL of a
 * {@link TypeKind#CUSTOM} type. Immutable; equality means "the same type".
 */
public record ColumnType(
        TypeKind kind, Integer length, Integer precision, Integer scale, List<String> values, String definition) {

    public static final ColumnType BOOLEAN = of(TypeKind.BOOLEAN);
    public static final ColumnType TINYINT = of(TypeKind.TINYINT);
    public static final ColumnType SMALLINT = of(TypeKind.SMALLINT);
    public static final ColumnType INTEGER = of(TypeKind.INTEGER);
    public static final ColumnType BIGINT = of(TypeKind.BIGINT);
    public static final ColumnType REAL = of(TypeKind.REAL);
    public static final ColumnType DOUBLE = of(TypeKind.DOUBLE);
    public static final ColumnType CLOB = of(TypeKind.CLOB);
    public static final ColumnType NCLOB = of(TypeKind.NCLOB);
    public static final ColumnType TEXT = of(TypeKind.TEXT);
    public static final ColumnType BLOB = of(TypeKind.BLOB);
    public static final ColumnType DATE = of(TypeKind.DATE);
    public static final ColumnType UUID = of(TypeKind.UUID);
    public static final ColumnType JSON = of(TypeKind.JSON);
    public static final ColumnType XML = of(TypeKind.XML);

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        if (kind == TypeKind.CUSTOM && (definition == null || definition.isBlank())) {
            throw new IllegalArgumentException("a CUSTOM column type needs its SQL definition");
        }
        if (kind == TypeKind.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("an ENUM column type needs at least one value");
        }
    }

    /** A kind with no facets. */
    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, List.of(), null);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, null, null, List.of(), null);
    }

    public static ColumnType nvarchar(int length) {
        return new ColumnType(TypeKind.NVARCHAR, length, null, null, List.of(), null);
    }

    public static ColumnType character(int length) {
        return new ColumnType(TypeKind.CHAR, length, null, null, List.of(), null);
    }

    public static ColumnType nchar(int length) {
        return new ColumnType(TypeKind.NCHAR, length, null, null, List.of(), null);
    }

    public static ColumnType binary(int length) {
        return new ColumnType(TypeKind.BINARY, length, null, null, List.of(), null);
    }

    public static ColumnType varbinary(int length) {
        return new ColumnType(TypeKind.VARBINARY, length, null, null, List.of(), null);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, null, precision, scale, List.of(), null);
    }

    public static ColumnType floatType(int precision) {
        return new ColumnType(TypeKind.FLOAT, null, precision, null, List.of(), null);
    }

    public static ColumnType time(int precision) {
        return new ColumnType(TypeKind.TIME, null, precision, null, List.of(), null);
    }

    public static ColumnType timeWithTimeZone(int precision) {
        return new ColumnType(TypeKind.TIME_WITH_TIME_ZONE, null, precision, null, List.of(), null);
    }

    public static ColumnType timestamp(int precision) {
        return new ColumnType(TypeKind.TIMESTAMP, null, precision, null, List.of(), null);
    }

    public static ColumnType timestampWithTimeZone(int precision) {
        return new ColumnType(TypeKind.TIMESTAMP_WITH_TIME_ZONE, null, precision, null, List.of(), null);
    }

    public static ColumnType intervalSecond(int precision, int scale) {
        return new ColumnType(TypeKind.INTERVAL_SECOND, null, precision, scale, List.of(), null);
    }

    /** An enumerated type; {@code values} in declaration order. */
    public static ColumnType enumOf(String... values) {
        return new ColumnType(TypeKind.ENUM, null, null, null, List.of(values), null);
    }

    /** A type written verbatim, as in {@code @Column(columnDefinition = "jsonb")}. */
    public static ColumnType custom(String definition) {
        return new ColumnType(TypeKind.CUSTOM, null, null, null, List.of(), definition);
    }
}
