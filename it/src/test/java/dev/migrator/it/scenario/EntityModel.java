package dev.migrator.it.scenario;

import dev.migrator.model.Schema;
import java.util.List;

/**
 * One version (before or after) of a scenario's entities, compiled for one database: the entity
 * classes Hibernate boots (loaded in a class loader of their own, so both versions of the same
 * class names can live in one JVM), the naming they were compiled under, and the schema the
 * processor's snapshot fragments assemble to — what {@code make} sees.
 */
public record EntityModel(ClassLoader loader, List<Class<?>> hibernateEntities, String naming, Schema schema) {}
