/**
 * {@code migrator:verify}: boots Hibernate ORM's own boot metamodel for the project's entities,
 * offline, and compares it fact by fact with the schema the snapshot fragments describe.
 *
 * <p>{@link dev.migrator.verify.OfflineHibernate} boots Hibernate (no database),
 * {@link dev.migrator.verify.HibernateFacts} and {@link dev.migrator.verify.SnapshotFacts} describe
 * each side as {@link dev.migrator.verify.SchemaFacts}, and
 * {@link dev.migrator.verify.FactComparison} lists every difference. Nothing here knows Maven.
 */
package dev.migrator.verify;
