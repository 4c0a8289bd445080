package dev.migrator.dialect;

import dev.migrator.model.ColumnType;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.DropPrimaryKey;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * H2 2.x, as Hibernate ORM 7.1's {@code org.hibernate.dialect.H2Dialect} writes it: native
 * {@code enum ('A','B')} with the values sorted (Hibernate's {@code EnumHelper.getSortedEnumeratedValues}),
 * {@code float(24)}/{@code float(53)} for single/double precision, {@code clob}/{@code blob} for LOBs
 * and for character/binary lengths over 1,048,576 ({@code H2Dialect.getMaxVarcharLength()}).
 * DDL commits implicitly.
 */
public final class H2Dialect extends SqlDialect {
    /** The one instance. */
    public static final H2Dialect INSTANCE = new H2Dialect();

    /** {@code H2Dialect.getMaxVarcharLength()}: longer character columns become {@code clob}. */
    static final int MAX_VARCHAR_LENGTH = 1_048_576;

    private H2Dialect() {
        super(new IdentifierQuoter(Keywords.union(Keywords.ANSI_SQL_2003, Keywords.H2_DRIVER), 0, "H2"));
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "float(24)";
            case DOUBLE -> "float(53)";
            case FLOAT -> "float(" + Facets.precision(type, 53) + ")";
            case NUMERIC -> Facets.numeric(type);
            case CHAR, NCHAR -> "char(" + Facets.length(type) + ")";
            case VARCHAR, NVARCHAR -> Facets.length(type) > MAX_VARCHAR_LENGTH ? "clob" : "varchar(" + Facets.length(type) + ")";
            // Hibernate's LONG32VARCHAR falls back to the LOB type on H2.
            case CLOB, NCLOB, TEXT, XML -> "clob";
            case BINARY -> "binary(" + Facets.length(type) + ")";
            case VARBINARY -> Facets.length(type) > MAX_VARCHAR_LENGTH ? "blob" : "varbinary(" + Facets.length(type) + ")";
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + Facets.precision(type, 0) + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + Facets.precision(type, 0) + ") with time zone";
            case TIMESTAMP -> "timestamp(" + Facets.precision(type, 6) + ")";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp(" + Facets.precision(type, 6) + ") with time zone";
            case INTERVAL_SECOND -> "interval second(" + Facets.precision(type, 18) + ","
                    + Objects.requireNonNullElse(type.scale(), 9) + ")";
            case UUID -> "uuid";
            case JSON -> "json";
            case ENUM -> "enum (" + type.values().stream().sorted().map(this::literal).collect(Collectors.joining(",")) + ")";
            case CUSTOM -> type.definition();
        };
    }

    @Override
    public List<String> visit(DropPrimaryKey operation) {
        return List.of(alterTable(operation.table()) + " drop primary key");
    }

    @Override
    public List<String> visit(AlterColumnCheck operation) {
        if (operation.from() != null) {
            // H2 names column checks CONSTRAINT_<n>; the name cannot be known without reading the catalog.
            throw new UnsupportedOperationException("H2 cannot drop the unnamed check of column " + operation.table()
                    + "." + operation.column() + " by a known name; drop it with executeSql(\"alter table ... drop "
                    + "constraint CONSTRAINT_<n>\") after looking its name up in INFORMATION_SCHEMA.CHECK_CONSTRAINTS");
        }
        if (operation.to() == null) {
            return List.of();
        }
        return List.of(alterTable(operation.table()) + " add check ((" + operation.to() + "))");
    }

    @Override
    String unnamedUniqueName(String table, UniqueConstraint unique) {
        throw new UnsupportedOperationException("H2 names unnamed unique constraints CONSTRAINT_<n>, so the unique "
                + "constraint on " + table + " " + unique.columns() + " cannot be dropped by a known name; drop it "
                + "with executeSql after looking its name up in INFORMATION_SCHEMA.TABLE_CONSTRAINTS");
    }
}
