package dev.migrator.processor;

import dev.migrator.model.ColumnType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test-only rendering of logical types as Hibernate 7.1's H2Dialect names them
 * (Hibernate 7.1.10's exported DDL), so that {@link HibernateMetadataTest} can compare types with
 * Hibernate's {@code Column.getSqlType}. The product's dialect lives in migrator-runtime.
 */
final class H2TypeNames {
    private H2TypeNames() {}

    static String of(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "float(24)";
            case DOUBLE -> "float(53)";
            case FLOAT -> "float(" + type.precision() + ")";
            case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
            case CHAR, NCHAR -> "char(" + type.length() + ")";
            case VARCHAR, NVARCHAR -> type.length() > 1_048_576 ? "clob" : "varchar(" + type.length() + ")";
            case CLOB, NCLOB -> "clob";
            case TEXT -> "character varying";
            case BINARY -> "binary(" + type.length() + ")";
            case VARBINARY -> "varbinary(" + type.length() + ")";
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + type.precision() + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + type.precision() + ") with time zone";
            case TIMESTAMP -> "timestamp(" + type.precision() + ")";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp(" + type.precision() + ") with time zone";
            case INTERVAL_SECOND -> "interval second(" + type.precision() + "," + type.scale() + ")";
            case UUID -> "uuid";
            case JSON -> "json";
            case XML -> "clob";
            case ENUM -> "enum (" + sorted(type.values()) + ")";
            case CUSTOM -> type.definition().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String sorted(List<String> values) {
        return values.stream().sorted().map(v -> "'" + v + "'").collect(Collectors.joining(","));
    }
}
