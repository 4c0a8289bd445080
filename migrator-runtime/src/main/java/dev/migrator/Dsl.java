package dev.migrator;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.model.UniqueConstraint;
import java.util.List;

/**
 * Short factory methods for writing migrations by hand and for the code {@code make} generates
 * ({@code import static dev.migrator.Dsl.*;}): {@code table("user").column(column("id",
 * BIGINT).notNull()).primaryKey("id")}.
 *
 * <p>Generated code also declares where tables and columns come from, so that the next
 * {@code make} recognises a changed {@code @Table(name)} or {@code @Column(name)} as a rename:
 * {@code table("book").origin("com.x.Book").column(column("title", varchar(255)).origin("title"))},
 * a column's short origin being an attribute of its table's entity ({@link Table#origin},
 * {@link Column#origin}). Origins are optional and never change what a migration does.
 */
public final class Dsl {
    public static final ColumnType BOOLEAN = ColumnType.BOOLEAN;
    public static final ColumnType TINYINT = ColumnType.TINYINT;
    public static final ColumnType SMALLINT = ColumnType.SMALLINT;
    public static final ColumnType INTEGER = ColumnType.INTEGER;
    public static final ColumnType BIGINT = ColumnType.BIGINT;
    public static final ColumnType REAL = ColumnType.REAL;
    public static final ColumnType DOUBLE = ColumnType.DOUBLE;
    public static final ColumnType CLOB = ColumnType.CLOB;
    public static final ColumnType NCLOB = ColumnType.NCLOB;
    public static final ColumnType TEXT = ColumnType.TEXT;
    public static final ColumnType BLOB = ColumnType.BLOB;
    public static final ColumnType DATE = ColumnType.DATE;
    public static final ColumnType UUID = ColumnType.UUID;
    public static final ColumnType JSON = ColumnType.JSON;
    public static final ColumnType XML = ColumnType.XML;

    private Dsl() {}

    public static Table table(String name) {
        return Table.named(name);
    }

    public static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return UniqueConstraint.of(name, columns);
    }

    public static Index index(String name, String... columns) {
        return Index.of(name, columns);
    }

    public static Index uniqueIndex(String name, String... columns) {
        return Index.unique(name, columns);
    }

    /** A single-column foreign key: {@code foreignKey("FK1", "user_id", "user", "id")}. */
    public static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn) {
        return ForeignKey.of(name, List.of(column), referencedTable, List.of(referencedColumn));
    }

    public static ForeignKey foreignKey(
            String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return ForeignKey.of(name, columns, referencedTable, referencedColumns);
    }

    public static CheckConstraint check(String name, String expression) {
        return CheckConstraint.of(name, expression);
    }

    public static Sequence sequence(String name, long start, long increment) {
        return Sequence.of(name, start, increment);
    }

    public static ColumnType type(TypeKind kind) {
        return ColumnType.of(kind);
    }

    public static ColumnType varchar(int length) {
        return ColumnType.varchar(length);
    }

    public static ColumnType nvarchar(int length) {
        return ColumnType.nvarchar(length);
    }

    public static ColumnType character(int length) {
        return ColumnType.character(length);
    }

    public static ColumnType nchar(int length) {
        return ColumnType.nchar(length);
    }

    public static ColumnType binary(int length) {
        return ColumnType.binary(length);
    }

    public static ColumnType varbinary(int length) {
        return ColumnType.varbinary(length);
    }

    public static ColumnType numeric(int precision, int scale) {
        return ColumnType.numeric(precision, scale);
    }

    public static ColumnType floatType(int precision) {
        return ColumnType.floatType(precision);
    }

    public static ColumnType time(int precision) {
        return ColumnType.time(precision);
    }

    public static ColumnType timeWithTimeZone(int precision) {
        return ColumnType.timeWithTimeZone(precision);
    }

    public static ColumnType timestamp(int precision) {
        return ColumnType.timestamp(precision);
    }

    public static ColumnType timestampWithTimeZone(int precision) {
        return ColumnType.timestampWithTimeZone(precision);
    }

    public static ColumnType intervalSecond(int precision, int scale) {
        return ColumnType.intervalSecond(precision, scale);
    }

    public static ColumnType enumOf(String... values) {
        return ColumnType.enumOf(values);
    }

    public static ColumnType custom(String definition) {
        return ColumnType.custom(definition);
    }
}
