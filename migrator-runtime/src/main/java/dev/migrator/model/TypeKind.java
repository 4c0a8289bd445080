package dev.migrator.model;

/**
 * The logical kinds of column type. A dialect turns a kind (with the length, precision and scale
 * of its {@link ColumnType}) into the database's own type name, exactly as Hibernate ORM's dialect
 * does for the same JDBC type code.
 */
public enum TypeKind {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    /** Single precision floating point ({@code float(24)} / {@code real}). */
    REAL,
    /** Double precision floating point ({@code float(53)} / {@code double precision}). */
    DOUBLE,
    /** Floating point with an explicit binary precision. */
    FLOAT,
    /** Exact numeric with precision and scale. */
    NUMERIC,
    CHAR,
    VARCHAR,
    NCHAR,
    NVARCHAR,
    /** Character large object: Hibernate's {@code @Lob String}. */
    CLOB,
    NCLOB,
    /** Unbounded text ({@code text} on PostgreSQL, {@code character varying} on H2). */
    TEXT,
    BINARY,
    VARBINARY,
    /** Binary large object: Hibernate's {@code @Lob byte[]}. */
    BLOB,
    DATE,
    TIME,
    TIME_WITH_TIME_ZONE,
    TIMESTAMP,
    TIMESTAMP_WITH_TIME_ZONE,
    /** A duration in seconds with fractional precision ({@code interval second}). */
    INTERVAL_SECOND,
    UUID,
    JSON,
    XML,
    /** A named-values type: native {@code enum(...)} on H2, {@code varchar} with a check elsewhere. */
    ENUM,
    /** A type written verbatim by the user ({@code @Column(columnDefinition = ...)}). */
    CUSTOM
}
