package dev.migrator.processor;

import dev.migrator.model.ColumnType;

/**
 * The column type of a basic attribute, and the column check Hibernate derives from the mapping:
 * for an ordinal enum the largest ordinal ({@code col between 0 and max}), for Hibernate's boolean
 * converters the stored values ({@code col in ('N','Y')}); {@code null} when there is none.
 */
record BasicType(ColumnType type, Integer maxOrdinal, String allowedValues) {
    BasicType(ColumnType type, Integer maxOrdinal) {
        this(type, maxOrdinal, null);
    }

    static BasicType of(ColumnType type) {
        return new BasicType(type, null, null);
    }

    /** The check condition on a column named {@code column} (its SQL form), or {@code null}. */
    String check(String column) {
        if (maxOrdinal != null) {
            return column + " between 0 and " + maxOrdinal;
        }
        return allowedValues == null ? null : column + " in " + allowedValues;
    }
}
