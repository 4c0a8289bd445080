/**
 * SQL per database: {@link dev.migrator.dialect.Dialect} renders operations as the statements
 * Hibernate ORM 7.1's dialects would write for H2 ({@link dev.migrator.dialect.H2Dialect}) and
 * PostgreSQL ({@link dev.migrator.dialect.PostgresDialect}). Every identifier goes through one
 * {@link dev.migrator.dialect.IdentifierQuoter}; values are literals escaped by the dialect. Pure:
 * no JDBC, no state.
 */
package dev.migrator.dialect;
