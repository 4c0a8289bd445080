package dev.migrator.processor;

import dev.migrator.model.ColumnType;

/**
 * The column type of a basic attribute, and for an ordinal enum the largest ordinal, which
 * Hibernate turns into the column check {@code col between 0 and max}.
 */
record BasicType(ColumnType type, Integer maxOrdinal) {
    static BasicType of(ColumnType type) {
        return new BasicType(type, null);
    }
}
