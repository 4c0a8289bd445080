package dev.migrator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a {@link Migration}: its id, the revision(s) it follows, and what it does.
 *
 * <p>Ids look like {@code 0003_add_email_to_user}: a sequence number that orders migrations for
 * people and a slug of the message that keeps two branches' migrations apart. The chain is defined
 * by {@link #parents()}, not by the numbers: the first migration has no parent, a merge migration
 * has two.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** This migration's id, unique in the chain. */
    String id();

    /** The ids of the migrations this one follows; empty for the first migration. */
    String[] parents() default {};

    /** What the migration does, as given to {@code make} ({@code migrator.message}). */
    String message() default "";
}
