package dev.migrator.processor;

import dev.migrator.model.ColumnType;

/**
 * A primary-key column of an entity: its logical name (what implicit join column names are
 * built from), its physical name and its type.
 */
record IdColumn(Name logical, Name physical, ColumnType type, Attribute attribute) {}
