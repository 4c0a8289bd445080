package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import java.util.Comparator;
import java.util.List;

/**
 * Hibernate's {@code ColumnOrderingStrategyStandard}, used where column order is observable in
 * the schema: the column order of a multi-column primary key (Hibernate's {@code ColumnOrderingStrategyStandard}). Smaller
 * physical size first (at least 4 bytes), then case-sensitive name.
 */
final class ColumnOrder {
    /** The same order over primary-key columns. */
    static final Comparator<IdColumn> ID_COLUMNS = Comparator
            .comparingLong((IdColumn c) -> Math.max(size(c.type()), 4))
            .thenComparing(c -> c.physical().text());

    private ColumnOrder() {}

    static List<String> sorted(List<Column> columns) {
        return columns.stream()
                .sorted(Comparator.comparingLong((Column c) -> Math.max(size(c.type()), 4)).thenComparing(c -> text(c.name())))
                .map(Column::name)
                .toList();
    }

    private static String text(String physical) {
        return physical.startsWith("`") ? physical.substring(1, physical.length() - 1) : physical;
    }

    /** Bytes per value as Hibernate estimates them; default-length strings count as the H2 maximum. */
    private static long size(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            case INTEGER, REAL, DATE, TIME, TIME_WITH_TIME_ZONE -> 4;
            case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE, INTERVAL_SECOND -> 8;
            case NUMERIC -> (long) Math.ceil((type.precision() == null ? 38 : type.precision()) / 26.575424759098897);
            case UUID -> 16;
            case CHAR, NCHAR, VARCHAR, NVARCHAR, BINARY, VARBINARY -> type.length() == null || type.length() == 255
                    ? 1_048_576 : type.length();
            default -> Integer.MAX_VALUE;
        };
    }
}
