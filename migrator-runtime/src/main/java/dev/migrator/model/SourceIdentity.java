package dev.migrator.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds source identity (the entity class or attribute a table or
 * column comes from) rather than schema: it is not part of the record's equality, and
 * {@code dev.migrator.runner.Checksums} leaves it out of a migration's canonical text, so that
 * declaring or changing an origin never changes what a migration does or its checksum.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface SourceIdentity {}
