/**
 * The annotation processor: JPA entities ({@code jakarta.persistence} and {@code javax.persistence},
 * read by name through {@code AnnotationMirror}s, from sources and class files alike) to one
 * snapshot fragment per entity, with exactly the names, types and constraints Hibernate ORM 7.1's
 * schema export produces.
 *
 * <p>Pipeline: {@link dev.migrator.processor.MigratorProcessor} (javac entry point) →
 * {@link dev.migrator.processor.EntityExtractor} (one entity → its partial schema), which uses
 * {@link dev.migrator.processor.EntityCatalog} (entity name, table, key of any entity),
 * {@link dev.migrator.processor.AttributeScanner} (persistent attributes, access type),
 * {@link dev.migrator.processor.ColumnMapper} / {@link dev.migrator.processor.BasicTypes} (basic
 * columns), {@link dev.migrator.processor.AssociationMapper} (join columns, join tables),
 * {@link dev.migrator.processor.CollectionMapper} (element collections),
 * {@link dev.migrator.processor.Discriminators} (single-table inheritance),
 * {@link dev.migrator.processor.TableConstraints} (indexes, uniques) and
 * {@link dev.migrator.processor.ConstraintNames} (Hibernate's hashed names). Every error is a
 * {@link dev.migrator.processor.Diagnostics} code reported on the element.
 */
package dev.migrator.processor;
