/**
 * The machinery behind {@link dev.migrator.Migrator}: reading the migration index
 * ({@link dev.migrator.runner.MigrationLoader}), the revision graph
 * ({@link dev.migrator.runner.MigrationChain}), checksums ({@link dev.migrator.runner.Checksums}), the
 * {@code migrator_history} table, the database lock, running one migration
 * ({@link dev.migrator.runner.MigrationRunner}) and offline scripts
 * ({@link dev.migrator.runner.SqlScriptWriter}). Public so that the Maven plugin can load and replay
 * migrations without a database; applications use {@link dev.migrator.Migrator}.
 */
package dev.migrator.runner;
