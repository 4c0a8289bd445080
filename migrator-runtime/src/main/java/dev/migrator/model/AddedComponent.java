package dev.migrator.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component added to the model after migrations were already written and applied
 * (a column's generated expression, its options): {@code dev.migrator.runner.Checksums} writes it
 * into a migration's canonical text only when it is not {@code null}, so every migration that does
 * not use it keeps the checksum it was applied with, while one that uses it is checksummed on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface AddedComponent {}
