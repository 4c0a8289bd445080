package dev.migrator.processor;

import dev.migrator.model.ColumnType;
import java.util.Optional;

/**
 * {@code @JdbcTypeCode(SqlTypes.X)} codes to logical types, for the codes whose DDL the dialects
 * can express; others are reported by the caller.
 */
final class JdbcTypeCodes {
    private JdbcTypeCodes() {}

    static Optional<ColumnType> map(int code, BasicTypes.Facets facets) {
        ColumnType type = switch (code) {
            case 16 -> ColumnType.BOOLEAN; // BOOLEAN
            case -6 -> ColumnType.TINYINT;
            case 5 -> ColumnType.SMALLINT;
            case 4 -> ColumnType.INTEGER;
            case -5 -> ColumnType.BIGINT;
            case 7 -> ColumnType.REAL;
            case 8 -> ColumnType.DOUBLE;
            case 1 -> ColumnType.character(facets.length());
            case 12 -> ColumnType.varchar(facets.length());
            case -15 -> ColumnType.nchar(facets.length());
            case -9 -> ColumnType.nvarchar(facets.length());
            case 2005 -> ColumnType.CLOB;
            case 2011 -> ColumnType.NCLOB;
            case 2004 -> ColumnType.BLOB;
            case -3 -> ColumnType.varbinary(facets.length());
            case 91 -> ColumnType.DATE;
            case 3000 -> ColumnType.UUID; // SqlTypes.UUID
            case 3001 -> ColumnType.JSON; // SqlTypes.JSON
            case 2009 -> ColumnType.XML; // SQLXML
            default -> null;
        };
        return Optional.ofNullable(type);
    }
}
