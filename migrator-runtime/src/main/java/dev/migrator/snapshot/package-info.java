/**
 * Snapshot fragments: the schema each {@code @Entity} contributes, as {@code migrator-processor}
 * writes it to {@code META-INF/migrator/entities/<class>.json}, and the whole model assembled from
 * them. {@link dev.migrator.snapshot.SnapshotCodec} reads and writes the deterministic JSON form
 * (no third-party dependency); {@link dev.migrator.snapshot.SnapshotAssembler} merges fragments
 * into one {@link dev.migrator.model.Schema}; {@link dev.migrator.snapshot.SnapshotFormatException}
 * locates a bad fragment by file, line and column.
 */
package dev.migrator.snapshot;
